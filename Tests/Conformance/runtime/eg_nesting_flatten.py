def leaves(exc):
    if isinstance(exc, BaseExceptionGroup):
        for sub in exc.exceptions:
            yield from leaves(sub)
    else:
        yield exc

def depth(exc):
    if isinstance(exc, BaseExceptionGroup):
        return 1 + max(depth(e) for e in exc.exceptions)
    return 0

tree = ExceptionGroup("root", [
    ValueError("a"),
    ExceptionGroup("branch1", [TypeError("b"), ExceptionGroup("deep", [KeyError("c")])]),
    ExceptionGroup("branch2", [ValueError("d")]),
])
print([repr(e) for e in leaves(tree)])
print("depth", depth(tree))
print(str(tree))

# split on a deeply nested tree keeps empty branches out
vals, rest = tree.split(ValueError)
print(repr(vals))
print(repr(rest))

# except* sees the leaves of nested groups
try:
    raise tree
except* KeyError as ke:
    print("KeyError part:", repr(ke))
except* (ValueError, TypeError) as other:
    print("other part:", repr(other))

# a group can contain the same exception object twice
v = ValueError("dup")
g = ExceptionGroup("dups", [v, v])
m, r = g.split(ValueError)
print(len(m.exceptions), m.exceptions[0] is m.exceptions[1], r)

# BaseExceptionGroup nesting with a BaseException leaf
bg = BaseExceptionGroup("base", [ExceptionGroup("ok", [ValueError()]), KeyboardInterrupt()])
print(type(bg).__name__, [type(x).__name__ for x in leaves(bg)])
sub = bg.subgroup(Exception)
print(type(sub).__name__, repr(sub))
