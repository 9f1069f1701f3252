def pair():
    yield 1
    yield 2

p = pair()
print(next(p))
print(next(p))
print(next(p))
