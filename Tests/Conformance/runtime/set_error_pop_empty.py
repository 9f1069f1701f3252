s = {1}
print(s.pop())
print(s, len(s))
print(bool(s))
s.pop()
