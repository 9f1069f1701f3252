# Sorting keys that are all ints, all floats or all strs (the sort that moves
# plain pairs) must give exactly the order, and the stability, of any other sort.
records = [("b", 2, 0.5), ("a", 2, -0.0), ("c", 1, 0.0), ("a", 1, float("nan")), ("b", 3, 2.5), ("c", 2, -1.5)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: r[0]))
print(sorted(records, key=lambda r: r[0], reverse=True))
print(sorted(records, key=lambda r: r[2]))
print(sorted(records, key=lambda r: r[2], reverse=True))
print(sorted([0.0, -0.0, 1.0, -0.0, 0.0]), sorted([-0.0, 0.0], reverse=True))
print(sorted([3, 1, 2]), sorted([3, True, 2, False]), sorted([2**70, -5, 3]), sorted([1, 2.5, 0]))
print(sorted(["b", "a", "B", "é", "∂", "", "ab"]), sorted(["b", "a", "é"], reverse=True))
class S(str):
    def __lt__(self, other):
        return len(self) < len(other)
print(sorted([S("ccc"), S("a"), S("bb")]), sorted(["ccc", S("a"), "bb"]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=str.lower), sorted(range(10), key=lambda n: -n))
nums = list(range(200, 0, -7))
nums.sort()
print(nums[:5], nums[-3:])
mixed = [3, "a"]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2, "x", 3], key=lambda v: v)
except TypeError as e:
    print("TypeError", e)
print(sorted([], key=len), sorted([5]), min(["b", "a"]), max([1.5, 0.5]))
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big)[:8], sorted(big, reverse=True)[:4], sorted(big) == sorted(big, key=lambda v: v))
