# Sorting: stability over long inputs (past the insertion runs), key
# functions, reverse, mixed numbers, and errors raised mid-sort.

records = [(i * 7919 % 101, i) for i in range(500)]
by_first = sorted(records, key=lambda r: r[0])
print(by_first[:5], by_first[-3:])
print(all(a[1] < b[1] for a, b in zip(by_first, by_first[1:]) if a[0] == b[0]))
print(sorted(records, key=lambda r: r[0], reverse=True)[:4])

words = ["pear", "Apple", "fig", "banana", "apple", "Fig", "kiwi"] * 9
print(sorted(words)[:8])
print(sorted(words, key=str.lower)[:8])
print(sorted(words, key=len, reverse=True)[:5])

numbers = [3, 1.5, -2, 10**20, 2.25, True, 0, -1.0e300, 7]
print(sorted(numbers))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), ()]))

values = list(range(100, 0, -1)) + ["x"]
try:
    values.sort()
except TypeError as error:
    print("TypeError:", error)
print(len(values), sorted(values[:-1]) == list(range(1, 101)), "x" in values)


class Exploding:
    count = 0

    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        Exploding.count += 1
        if Exploding.count == 150:
            raise ValueError("boom at comparison 150")
        return self.n < other.n


items = [Exploding(i * 37 % 64) for i in range(64)]
try:
    items.sort()
except ValueError as error:
    print("ValueError:", error)
print(sorted(item.n for item in items) == list(range(64)))

nan = float("nan")
print(sorted([3.0, 1.0, 2.0]), len(sorted([nan, 1.0, nan, 0.5])))
print(sorted([[2, 1], [1, 2], [1], [2]]))
