def fragile():
    yield 1
    raise KeyError("broken")

g = fragile()
print(next(g))
print(next(g))
