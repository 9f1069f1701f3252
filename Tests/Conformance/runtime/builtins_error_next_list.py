items = [1, 2]
it = iter(items)
print(next(it))
print(next(it, "end"), next(it, "end"))
next(items)
