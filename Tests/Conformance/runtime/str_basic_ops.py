s = "hello"
print(s + " world", s * 3, len(s))
print(s[0], s[-1], s[1:4], s[::-1], s[::2])
print("ell" in s, "xyz" not in s, "" in s)
print(s == "hello", s < "help", "Z" < "a")
print(s.upper(), s.capitalize(), s.title())
print("a" * 0, "ab" * -1, repr(""))
