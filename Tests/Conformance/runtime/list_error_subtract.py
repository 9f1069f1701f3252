print([1, 2] + [3])
print([1, 2] * 2)
print([x for x in [1, 2] if x not in [1]])
a, b = [1, 2], [1]
print(a - b)
