# dir() on instances and classes includes inherited names and is sorted;
# __dir__ replaces it (dir() still sorts the result).
class Small:
    a = 1

    def b(self):
        pass


class Smaller(Small):
    c = 2


s = Smaller()
s.d = 4
print([n for n in dir(s) if not n.startswith("__")])
print([n for n in dir(Smaller) if not n.startswith("__")])
print(dir(Small) == sorted(dir(Small)), "__init__" in dir(Small), "__class__" in dir(s))
print(sorted(set(dir(s)) - set(dir(object))))
print(sorted(set(dir(Smaller)) - set(dir(object))))


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid", "alpha"]


print(dir(Custom()))


class Tuple:
    def __dir__(self):
        return ("b", "a")


print(dir(Tuple()))


class Bad:
    def __dir__(self):
        return 5


try:
    dir(Bad())
except TypeError as e:
    print("TypeError:", e)
print(dir(Custom) == sorted(dir(Custom)), "zeta" in dir(Custom))


class WithSlots:
    __slots__ = ("p", "q")


print([n for n in dir(WithSlots()) if not n.startswith("__")])
print([n for n in dir(3) if not n.startswith("_")][:6])
