s = "abracadabra"
print(s.find("bra"), s.find("bra", 2), s.find("xyz"), s.rfind("bra"))
print(s.index("cad"), s.rindex("a"), s.count("a"), s.count("abra"))
print(s.count(""), s.find(""), s.rfind(""))
print(s.startswith("abr"), s.endswith("bra"), s.startswith(("x", "a")))
print(s.startswith("bra", 1), s.endswith("cad", 0, 7))
print(s.find("a", -3), s.count("a", 1, -1))
