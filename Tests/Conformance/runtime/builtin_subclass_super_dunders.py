# Subclasses of list, dict, str, int, tuple and set overriding dunders and
# reaching the builtin ones through super(); builtins that consume them
# (list(), len(), in, +, bool) go through the overrides.
class L(list):
    def __repr__(self): return "L" + super().__repr__()
    def __str__(self): return "Lstr" + super().__str__()
    def __len__(self): return super().__len__() + 100
    def __getitem__(self, i): return ("got", super().__getitem__(i))
    def __setitem__(self, i, v): super().__setitem__(i, v * 2)
    def __iter__(self): return (x * 10 for x in super().__iter__())
    def __contains__(self, x): return super().__contains__(x) or x == "magic"
    def __eq__(self, o): return super().__eq__(o)
    def __add__(self, o): return L(super().__add__(o))
    def __bool__(self): return super().__len__() > 1
l = L([1, 2])
l[0] = 5
print(repr(l), str(l), len(l), l[0], list(l), "magic" in l, l == [10, 2], l + [3], bool(l), bool(L([1])))
class D(dict):
    def __repr__(self): return "D" + super().__repr__()
    def __getitem__(self, k): return super().__getitem__(k.lower())
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __contains__(self, k): return super().__contains__(k.lower())
    def __len__(self): return super().__len__()
    def __iter__(self): return iter(sorted(super().__iter__()))
d = D(); d["A"] = 1; d["b"] = 2
print(repr(d), d["a"], "B" in d, len(d), list(d), str(d))
class S(str):
    def __repr__(self): return "S" + super().__repr__()
    def __len__(self): return super().__len__() * 2
    def __getitem__(self, i): return super().__getitem__(i).upper()
    def __add__(self, o): return S(super().__add__(o))
    def __eq__(self, o): return super().__eq__(o.lower() if isinstance(o, str) else o)
    def __hash__(self): return super().__hash__()
    def __contains__(self, x): return super().__contains__(x.lower())
s = S("abc")
print(repr(s), len(s), s[0], repr(s + "d"), s == "ABC", "B" in s, hash(s) == hash("abc"))
class I(int):
    def __repr__(self): return "I" + super().__repr__()
    def __add__(self, o): return I(super().__add__(o))
    def __eq__(self, o): return super().__eq__(o)
    def __hash__(self): return super().__hash__()
    def __bool__(self): return not super().__bool__()
    def __neg__(self): return I(super().__neg__())
print(repr(I(1) + 2), I(3) == 3, hash(I(4)) == 4, bool(I(0)), repr(-I(5)))
class T(tuple):
    def __repr__(self): return "T" + super().__repr__()
    def __getitem__(self, i): return super().__getitem__(i) * 2
print(repr(T((1, 2))), T((1, 2))[1], list(T((1, 2))))
class St(set):
    def __repr__(self): return "St" + super().__repr__()
    def __contains__(self, x): return super().__contains__(x + 1)
print(repr(St({1})), 0 in St({1}), len(St({1, 2})))
