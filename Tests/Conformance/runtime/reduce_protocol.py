# The reduction protocol (__reduce_ex__, __reduce__, __getstate__, __getnewargs__)
# and a small copier built on it, as copy.copy and copy.deepcopy use it.

def show(reduction):
    parts = []
    for part in reduction:
        if callable(part) and getattr(part, "__module__", None) == "copyreg":
            parts.append("copyreg." + part.__name__)
        elif type(part).__name__.endswith("iterator"):
            parts.append("iter:" + str(list(part)))
        else:
            parts.append(repr(part))
    return "(" + ", ".join(parts) + ")"


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Slotted:
    __slots__ = ("a", "_Slotted__hidden", "b")


class Tagged(list):
    pass


class Counter(dict):
    pass


class Celsius(float):
    pass


class Named(int):
    pass


class WithArgs:
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.args, self.kwargs = args, kwargs
        return self

    def __getnewargs_ex__(self):
        return self.args, self.kwargs


class Custom:
    def __reduce__(self):
        return (Custom, ())


class OwnState:
    def __init__(self):
        self.secret, self.public = 1, 2

    def __getstate__(self):
        return {"public": self.public}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


p = Point(1, 2)
print(show(p.__reduce_ex__(2)))
print(show(p.__reduce_ex__(4)))
print(show(p.__reduce_ex__(1)))
print(show(p.__reduce__()))
print(p.__getstate__(), p.__getstate__() is p.__dict__)
s = Slotted()
s.a = 1
s._Slotted__hidden = 2
print(s.__getstate__(), Slotted.__slotnames__)
print(show(s.__reduce_ex__(2)))
print(Slotted().__getstate__())
t = Tagged([1, 2])
t.note = "n"
print(show(t.__reduce_ex__(2)))
c = Counter(a=1)
print(show(c.__reduce_ex__(3)))
print(show(Celsius(21.5).__reduce_ex__(2)), show(Named(7).__reduce_ex__(1)))
print(show(WithArgs(1, k=2).__reduce_ex__(2)), show(WithArgs(3).__reduce_ex__(2)))
print(show(Custom().__reduce_ex__(2)), show(OwnState().__reduce_ex__(2)))
for value in (1, 2.5, "s", b"b", (1, 2), 1 + 2j, {3}, frozenset({4}), ValueError("v", 1)):
    print(type(value).__name__, show(value.__reduce_ex__(2)))
for value in ((lambda: 0), (x for x in ())):
    try:
        value.__reduce_ex__(2)
    except TypeError as error:
        print("TypeError:", error)
for call in (lambda: s.__reduce_ex__(1), lambda: [].__reduce_ex__(1), lambda: p.__reduce_ex__("2"),
             lambda: p.__reduce_ex__(), lambda: object.__getstate__(p, 1)):
    try:
        call()
    except TypeError as error:
        print("TypeError:", error)


def rebuild(obj, memo, deep):
    cls, args, state, list_items, dict_items = (tuple(obj.__reduce_ex__(4)) + (None,) * 3)[:5]
    if deep:
        args = tuple(copy(a, memo, deep) for a in args)
    new = cls(*args)
    memo[id(obj)] = new
    if state is not None:
        if deep:
            state = copy(state, memo, deep)
        if hasattr(new, "__setstate__"):
            new.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
                for name, value in (slots or {}).items():
                    setattr(new, name, value)
            if state:
                new.__dict__.update(state)
    if list_items is not None:
        for item in list_items:
            new.append(copy(item, memo, deep) if deep else item)
    if dict_items is not None:
        for key, value in dict_items:
            new[key] = copy(value, memo, deep) if deep else value
    return new


def copy(obj, memo=None, deep=False):
    memo = {} if memo is None else memo
    if id(obj) in memo:
        return memo[id(obj)]
    if isinstance(obj, type) or type(obj) in (int, float, str, bytes, type(None)):
        return obj
    if type(obj) in (list, dict, tuple):
        if type(obj) is list:
            new = []
            memo[id(obj)] = new
            new.extend(copy(x, memo, deep) if deep else x for x in obj)
            return new
        if type(obj) is dict:
            new = {}
            memo[id(obj)] = new
            for k, v in obj.items():
                new[k] = copy(v, memo, deep) if deep else v
            return new
        return tuple(copy(x, memo, deep) if deep else x for x in obj)
    return rebuild(obj, memo, deep)


original = Tagged([Point(1, 2), [3, 4]])
original.note = {"k": [5]}
shallow = copy(original)
deep = copy(original, deep=True)
print(type(shallow).__name__, shallow, shallow.note)
print(shallow[0] is original[0], deep[0] is original[0], deep[1] == original[1], deep.note == original.note)
deep[1].append(99)
print(original[1], deep[1])
own = copy(OwnState())
print(sorted(vars(own).items()))
slotted = copy(s)
print(slotted.a, slotted._Slotted__hidden, hasattr(slotted, "b"))
cyclic = Point(0, 0)
cyclic.x = cyclic
again = copy(cyclic, deep=True)
print(again.x is again, again is not cyclic)
