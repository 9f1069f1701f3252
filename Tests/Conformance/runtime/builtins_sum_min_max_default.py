print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(5), start=-10))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([0.1] * 10), sum([1, 2.5, True]))
print(sum([1j, 2, 3.5]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)

words = ["pear", "fig", "banana", "kiwi", "apple"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(min(words, key=lambda w: w[-1]), max([], default="none"), min([], default=None))
print(max(3, 9, 4), min(3, 9, 4, key=lambda v: -v), max((1, "b"), (1, "a")))
print(max([2, 7, 7, 1], key=lambda v: v % 5), min(["bb", "aa", "cc"], key=len))
print(max("hello"), min({3: "a", 1: "b"}), max(range(0), default=-1))
print(max([1, 1.0]), max([1.0, 1]), min([True, 1]))

for bad in [lambda: max([]), lambda: min(1), lambda: max(1, 2, default=0), lambda: min([1, "a"]),
            lambda: max(key=len)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
