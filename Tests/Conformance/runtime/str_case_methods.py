s = "Hello World, hELLO python"
print(s.lower())
print(s.upper())
print(s.swapcase())
print(s.title())
print(s.capitalize())
print(s.casefold())
print("ABC".isupper(), "abc".islower(), "Abc Def".istitle())
print("ß".upper(), "ǅ".lower(), "ﬁ".upper())
