evens = {x for x in range(20) if x % 2 == 0}
print(evens)
mods = {x % 5 for x in range(100)}
print(mods)
print({x * x for x in [-2, -1, 0, 1, 2]})
print(len({(x, y) for x in range(3) for y in range(3)}))
