print(sorted(["b", "a"], key=str.upper))
print(sorted([3, 1, 2], key=lambda x: -x))
print(sorted(["10", "9", "100"], key=int))
mixed = [1, "a", 2]
print(sorted(mixed, key=lambda x: x * 2))
