s = "needle in haystack"
print(s.index("needle"))
print(s.find("pin"))
print(s.rindex("a"))
print(s.index("pin"))
