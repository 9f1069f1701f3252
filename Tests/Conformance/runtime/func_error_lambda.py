invert = lambda x: 1 / x
print(invert(4))
print(invert(0.5))
print(list(map(invert, [2, 1])))
print(list(map(invert, [2, 1, 0])))
