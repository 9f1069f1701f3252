for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], start=1)), list(enumerate([], 5)))
print(list(enumerate("ab", -2)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2], [3, 4], [5, 6])))
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
print(dict(zip("abc", range(3))))
