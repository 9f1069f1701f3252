b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1])
print(b + b" world", b * 2, b"ell" in b, 104 in b)
print(list(b), bytes([65, 66, 67]), bytes(3), bytes())
print(b.upper(), b.replace(b"l", b"L"), b.split(b"l"))
print(b"a,b".split(b","), b"-".join([b"x", b"y"]))
print(b.find(b"l"), b.count(b"l"), b.startswith(b"he"))
print(type(b), type(b[0]), type(b[0:1]))
