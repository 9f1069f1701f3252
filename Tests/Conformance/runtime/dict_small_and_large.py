# Dicts cross from the small form (no index table) to the hashed one and
# back through deletions: order, look-ups and lengths stay exact.

d = {}
for i in range(20):
    d["k%d" % i] = i
    if i % 3 == 0 and ("k%d" % (i // 2)) in d:
        del d["k%d" % (i // 2)]
print(len(d), list(d.items())[:6])
print([k for k in d if d[k] % 2 == 0])

small = {"a": 1, "b": 2, "c": 3}
for key in ["a", "b", "c", "a", "d"]:
    small.pop(key, None)
    small[key + key] = len(small)
print(small)

holes = {i: i * i for i in range(8)}
for i in range(0, 8, 2):
    del holes[i]
holes[100] = 1
holes[101] = 2
holes[102] = 3
print(holes, len(holes), 4 in holes, 5 in holes)

mixed = {1: "int", 1.5: "float", "1": "str", (1,): "tuple", None: "none", True: "true?"}
print(mixed, mixed[1], mixed[1.0], len(mixed))
print(0 in {0: 1}, {0: "zero"}.get(False), {False: "no"}[0])


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(%r)" % self.name


collide = {Key("a"): 1, Key("b"): 2, 7: "seven"}
collide[Key("a")] = 10
print(collide, collide[Key("b")], collide.get(Key("c")))
for i in range(10):
    collide[Key(str(i))] = i
print(len(collide), collide[Key("a")], collide[7])
