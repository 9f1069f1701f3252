print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(5))))
print(list(reversed(range(1, 10, 3))), list(reversed(b"xyz")), list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1, "b": 2}.items())), list(reversed({"a": 1, "b": 2}.values())))
print(type(reversed([1])).__name__, type(reversed(range(3))).__name__, type(reversed("ab")).__name__)

class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        print("  getitem", i)
        if not 0 <= i < 4:
            raise IndexError(i)
        return i * 2
print(list(reversed(Seq())))

class Custom:
    def __reversed__(self):
        return iter(["custom", "order"])
print(list(reversed(Custom())))

class ReturnsList:
    def __reversed__(self):
        return [3, 2, 1]
print(reversed(ReturnsList()))

class NoLen:
    def __getitem__(self, i):
        return i
class DisabledReverse:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
for obj in [NoLen(), DisabledReverse(), 5, {1, 2}, iter([1, 2])]:
    try:
        reversed(obj)
    except TypeError as e:
        print("TypeError:", e)

r = reversed([1, 2, 3])
print(next(r), r.__length_hint__(), list(r), r.__length_hint__())
# reversed over a list that shrinks while iterating
lst = [1, 2, 3, 4]
out = []
for v in reversed(lst):
    out.append(v)
    if v == 3:
        lst.clear()
print(out)
