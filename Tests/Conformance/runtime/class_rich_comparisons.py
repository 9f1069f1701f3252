# Rich comparisons: reflection (a < b tries b > a), __ne__ derived from
# __eq__, identity fallback for ==, TypeError for unsupported orderings.
class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"V{self.n}"

    def __eq__(self, o):
        print(f"  {self!r}.__eq__({o!r})")
        return isinstance(o, V) and self.n == o.n

    def __lt__(self, o):
        print(f"  {self!r}.__lt__({o!r})")
        if not isinstance(o, V):
            return NotImplemented
        return self.n < o.n

    def __le__(self, o):
        return self.n <= o.n


print(V(1) < V(2))
print(V(1) > V(2))
print(V(1) != V(1))
print(V(1) == 3)
print(V(3) >= V(2))
print(3 == V(3))
try:
    print(V(1) < 3)
except TypeError as e:
    print("TypeError:", e)


class Only:
    pass


o = Only()
print(o == o, o != o, o == Only(), o != Only())
for expr in (lambda: o < o, lambda: o >= 1, lambda: "a" > o, lambda: Only() <= Only()):
    try:
        expr()
    except TypeError as e:
        print("TypeError:", e)


class Ret:
    def __lt__(self, o):
        return "truthy string"

    def __eq__(self, o):
        return 0


print(Ret() < 1, Ret() == 1, Ret() != 1, Ret() > Ret())
print(sorted([3, 1, 2], key=V))


class Sub(V):
    def __gt__(self, o):
        print(f"  Sub.__gt__({o!r})")
        return True


print(V(1) < Sub(0))
print([V(1), V(2)] == [V(1), V(2)])
print(max([V(2), V(7), V(4)], key=lambda v: v.n))
print(V(0) in [V(1), V(0)])
