# A class body runs once, top to bottom, in its own namespace: its names do
# not leak out, methods cannot see them unqualified, and statements of any
# kind may appear there.
x = "module x"


class C:
    print("body starts, x is", x)
    x = "class x"
    y = x.upper()
    print("body sees", x, y)
    if len(y) > 3:
        big = True
    else:
        big = False
    for i in range(3):
        pass
    squares = [n * n for n in range(4)]
    del i

    def method(self):
        return x

    def qualified(self):
        return C.x, self.x


print(x)
print(C.x, C.y, C.big, C.squares)
print(C().method())
print(C().qualified())
print(hasattr(C, "i"), "n" in C.__dict__)


def make(tag):
    class Local:
        label = tag + "!"

        def get(self):
            return tag

    return Local


A = make("a")
B = make("b")
print(A.label, B.label, A().get(), B().get(), A is B)


class Counter:
    count = 0
    count += 1
    count += 1
    names = sorted(k for k in ("z", "a", "m"))


print(Counter.count, Counter.names)
