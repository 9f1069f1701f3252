# LOAD_METHOD sites remember the methods of list, dict, str, set and tuple
# receivers; subclasses, other types at the same site and errors still behave.


class MyList(list):
    def append(self, item):
        super().append(item * 10)


class MyDict(dict):
    def get(self, key, default=None):
        return "own get"


def add(container, item):
    container.append(item)
    return container


def lookup(mapping, key):
    return mapping.get(key, "missing")


def count(thing, part):
    return thing.count(part)


for c in ([], MyList(), [1], MyList([2])):
    print(add(c, 3))
for m in ({}, {"k": 1}, MyDict(), {"k": 2}):
    print(lookup(m, "k"))
for t in ("banana", ("a", "b", "a"), [1, 1, 2], "aaa", b"aba"):
    print(count(t, b"a" if isinstance(t, bytes) else "a") if not isinstance(t, list) else count(t, 1))
try:
    add((1, 2), 3)
except AttributeError as e:
    print("AttributeError:", e)
try:
    lookup([1], 0)
except AttributeError as e:
    print("AttributeError:", e)
s = {1, 2}
for _ in range(2):
    s.add(len(s) + 5)
print(sorted(s), "-".join(["x", "y"]), "a b".split(), (1, 2, 1).index(2))
for name in ("count", "find", "rfind", "index", "rindex", "startswith", "endswith", "split", "replace"):
    try:
        getattr(b"aba", name)("a") if name != "replace" else b"a".replace("a", b"b")
    except TypeError as e:
        print(name, "TypeError:", e)
