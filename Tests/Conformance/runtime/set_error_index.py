s = {1, 2, 3}
print(sorted(s)[0])
print(1 in s)
print(list(s)[0] in s)
print(s[0])
