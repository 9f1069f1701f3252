# In-place operators use __iadd__ and friends when defined, fall back to
# the binary operator otherwise, and rebind the name to the result.
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __repr__(self):
        return f"Bag({self.items})"

    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + list(other.items))

    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other.items)
        return self


class Plain:
    def __init__(self, n):
        self.n = n

    def __sub__(self, other):
        return Plain(self.n - other)

    def __repr__(self):
        return f"Plain({self.n})"


a = Bag([1])
alias = a
a += Bag([2])
print(a, alias, a is alias)
b = a + Bag([3])
print(b, b is a)
p = Plain(10)
q = p
p -= 3
print(p, q, p is q)


class Weird:
    def __imul__(self, other):
        return "replaced"


w = Weird()
w *= 2
print(w)


class NoInplace:
    def __iadd__(self, other):
        return NotImplemented

    def __add__(self, other):
        return "fell back to __add__"


n = NoInplace()
n += 1
print(n)
lst = [1]
t = (lst,)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
