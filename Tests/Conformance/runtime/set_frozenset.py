f = frozenset([3, 1, 2])
print(f, len(f), 1 in f)
print(f | {4}, f & {1, 5}, type(f | {4}).__name__, type({4} | f).__name__)
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})])
print(frozenset(), hash(frozenset()) == hash(frozenset()))
print({frozenset({1}), frozenset({1})})
