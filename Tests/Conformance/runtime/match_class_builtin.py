def t(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s) if s:
            return f"str {s!r}"
        case str():
            return "empty str"
        case bytes(bs):
            return f"bytes {bs!r}"
        case list([a, *_]):
            return f"nonempty list starting {a}"
        case list():
            return "empty list"
        case tuple((a, b)):
            return f"pair tuple {a} {b}"
        case tuple():
            return "other tuple"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict():
            return "other dict"
        case set() | frozenset():
            return "some set"
        case _:
            return "unknown"

for v in [True, 0, 3, 2.5, "hi", "", b"x", [9, 8], [], (1, 2), (1, 2, 3), {"k": 5}, {}, {1}, frozenset(), None]:
    print(repr(v), "->", t(v))

# bool is a subclass of int: int(x) matches True
match True:
    case int(n):
        print("True matched int()", n, type(n).__name__)

# int(x) binds the subject itself
class MyInt(int):
    pass
match MyInt(7):
    case int(v):
        print(type(v).__name__, v)

# keyword sub-patterns on builtins use attributes
match 3 + 4j:
    case complex(real=r, imag=i):
        print("complex parts", r, i)
match 10:
    case int(real=r, denominator=d):
        print("int attrs", r, d)
