s = {1, 2}
s.add((3,))
s.add(frozenset({4}))
print(len(s))
s.add([3])
