nums = [1, 2, 3]
more = (4, 5)
print(*nums, *more, sep="-")
print([*nums, *more, 6])
print((*nums,), {*nums, *more})
d1 = {"a": 1}
d2 = {"b": 2, "a": 9}
print({**d1, **d2}, {**d2, **d1})
print(*"hey")
print(max(*nums, *more), [*range(3), *"ab"])
