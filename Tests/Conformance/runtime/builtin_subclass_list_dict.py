# Subclasses of list and dict: overridden methods, which builtins bypass
# them, __missing__, and results that are plain lists and dicts.
class History(list):
    def append(self, item):
        super().append((len(self), item))

    def last(self):
        return self[-1] if self else None


h = History()
h.append("a")
h.append("b")
h.extend(["raw"])
print(h, h.last(), type(h[:1]).__name__, type(h + []).__name__, isinstance(h, list))


class Default(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]


d = Default(a=1)
print(d["a"], d["xyz"], d, d.get("nope"), "nope" in d)


class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


low = Lower()
low["KEY"] = 1
print(low["key"], low["Key"], dict(low), low.get("KEY"))
low.update({"MIXED": 2})
print(sorted(low))


class Stack(list):
    push = list.append

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s.peek(), s.pop(), s, repr(s), len(s), s == [1, 2])
