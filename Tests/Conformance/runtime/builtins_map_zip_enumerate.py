print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
print(list(map(lambda a, b, c: a * b - c, [1, 2, 3, 4], [5, 6], [1, 1, 1])))
print(list(map(pow, [2, 3, 4], [3, 2])))
print(list(map(str.upper, "abc")), list(map(len, ["", "aa", [1, 2, 3]])))
print(list(map(max, [1, 5], [4, 2], [3, 3])))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
try:
    map(abs)
except TypeError as e:
    print("TypeError:", e)

print(list(enumerate("abc", 1)), list(enumerate(["x", "y"], start=-2)), list(enumerate([], 5)))
print(list(enumerate(range(3), 10**20))[-1])
e = enumerate("hi")
print(type(e).__name__, next(e), next(e), next(e, "done"))

print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2], strict=True)))
print(list(zip("ab", "cd", "ef", strict=True)))
for a, b in [([1, 2, 3], [1, 2]), ([1], [1, 2, 3]), ([], [1])]:
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as err:
        print("ValueError:", err)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as err:
    print("ValueError:", err)

# zip consumes lazily: the first iterator is advanced once more than the shortest
it = iter(range(10))
print(list(zip(it, "ab")), next(it))
# unzip
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
