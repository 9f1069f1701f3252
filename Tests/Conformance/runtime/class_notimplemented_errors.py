# When both sides return NotImplemented (or lack the method) the TypeError
# names the operator and both types.
class A:
    def __add__(self, other):
        return NotImplemented

    def __eq__(self, other):
        return NotImplemented


class B:
    pass


cases = [
    ("+", lambda: A() + B()),
    ("-", lambda: A() - B()),
    ("*", lambda: B() * A()),
    ("/", lambda: A() / 2),
    ("//", lambda: 2 // A()),
    ("%", lambda: A() % "s"),
    ("**", lambda: A() ** B()),
    ("pow3", lambda: pow(A(), 2, 3)),
    ("divmod", lambda: divmod(A(), B())),
    ("@", lambda: A() @ B()),
    ("<<", lambda: A() << 1),
    (">>", lambda: 1 >> B()),
    ("&", lambda: A() & B()),
    ("|", lambda: B() | None),
    ("^", lambda: [] ^ A()),
    ("unary -", lambda: -A()),
    ("unary +", lambda: +B()),
    ("unary ~", lambda: ~A()),
    ("abs", lambda: abs(B())),
]
for label, fn in cases:
    try:
        fn()
    except TypeError as e:
        print(label, "->", e)


def aug(op):
    x = A()
    try:
        if op == "+=":
            x += B()
        elif op == "-=":
            x -= 1
        elif op == "**=":
            x **= 2
        elif op == "|=":
            x |= 2
        elif op == "@=":
            x @= 2
    except TypeError as e:
        print(op, "->", e)


for op in ("+=", "-=", "**=", "|=", "@="):
    aug(op)
print(A() == A(), A() != B())
a = A()
print(a == a, NotImplemented.__class__.__name__, repr(NotImplemented))
print(A().__add__(1) is NotImplemented)
