a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
c = dict(a)
c |= b
print(c)
print({**a, **b, "w": 0})
print(dict(a, y=5))
