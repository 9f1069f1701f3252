s = "the cat sat on the mat"
print(s.replace("at", "og"))
print(s.replace("at", "og", 2))
print(s.replace("", "-")[:12])
print(s.replace("the ", ""))
print("aaaa".replace("aa", "b"))
print(s.replace("xyz", "q") == s)
