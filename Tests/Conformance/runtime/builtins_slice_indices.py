s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None, None, -1))
print(s.indices(5), slice(None).indices(7), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(-100, 100).indices(5), slice(2, 1).indices(5), slice(10, 0, -3).indices(8))
print(list(range(10))[s], "abcdefghij"[slice(None, None, 3)], (1, 2, 3, 4)[slice(-2, None)])
print(range(*slice(0, 6, 2).indices(4)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(slice(1, 2) < slice(1, 3), slice("a", "b").start, slice([1], None).start)

class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[::], r[1:2, 3], r[..., 1:], r[:, None])
print(type(r[:]).__name__, r[:].start)

try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1, 2))
    print("slices hashable")
except TypeError as e:
    print("TypeError:", e)
try:
    slice()
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2, 3][slice("a", None)]
except TypeError as e:
    print("TypeError:", e)

class Idx:
    def __index__(self):
        return 2
print([10, 20, 30, 40][Idx():], [10, 20, 30, 40][slice(Idx())], slice(Idx()).indices(10))
lst = list(range(8))
lst[slice(0, 8, 2)] = ["x"] * 4
print(lst)
del lst[slice(1, None, 2)]
print(lst)
