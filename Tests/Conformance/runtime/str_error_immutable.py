s = "hello"
t = "H" + s[1:]
print(t, s)
print(s.replace("h", "H", 1))
s[0] = "H"
