records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
# reverse keeps the original order of equal elements (it is not sort-then-reverse)
print(sorted(records, key=lambda r: r[1], reverse=True) == list(reversed(sorted(reversed(records), key=lambda r: r[1]))))
# multi-pass sort: secondary key first, then primary key
by_name = sorted(records, key=lambda r: r[0], reverse=True)
print(sorted(by_name, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (-r[1], r[0])))

print(sorted("Banana apple Cherry date".split()), sorted("Banana apple Cherry date".split(), key=str.lower))
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted("cab"), sorted(range(3), reverse=True))
print(sorted([1.5, 1, True, 0.5, False]))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [1]]))

# the key function is called exactly once per element
calls = []
def key(v):
    calls.append(v)
    return -v
print(sorted([4, 1, 3], key=key), calls)

class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return self.s
print(sorted([Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]))

original = [5, 2, 8]
result = sorted(original)
print(original, result, result is not original)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
