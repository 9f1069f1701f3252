# Subclasses of tuple (immutable: customize in __new__) and set.
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    def __repr__(self):
        return f"Pair{tuple.__repr__(self)}"


p = Pair(1, 2)
print(p, p.first, p[1], len(p), p == (1, 2), type(p[:1]).__name__, p + (3,), hash(p) == hash((1, 2)))
x, y = p
print(x, y, {p: "pair"}[(1, 2)], sorted([Pair(2, 1), Pair(1, 5)]), p.count(1), p.index(2))


class T(tuple):
    pass


t = T([3, 4])
print(t, repr(t), type(t).__name__, T(), T("ab"), tuple(t), type(tuple(t)).__name__)
t.note = 1
print(t.note)


class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self


s = Tags([3, 1])
s.add_all(2, 3)
print(sorted(s), len(s), 2 in s, type(s).__name__, repr(Tags([5])), repr(Tags()))
u = s | {9}
print(type(u).__name__, sorted(u), type(s & {1}).__name__, type(s.copy()).__name__)
print(s == {1, 2, 3}, Tags([1]) < s, isinstance(s, set))


class Frozen(frozenset):
    pass


f = Frozen([1, 2])
print(repr(f), type(f | {3}).__name__, hash(f) == hash(frozenset([1, 2])), {f: 1}[frozenset({1, 2})])
