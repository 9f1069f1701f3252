# __call__ makes instances callable; callable() checks the type.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(0, a=1, b=2))
print(callable(add5), callable(Adder), callable(3), callable(len), callable("s"))
print(list(map(Adder(1), [1, 2])))


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.calls


c = Counter()
c(); c(); c()
print(c.calls)
c.__call__ = lambda: "instance attribute is ignored"
print(c(), c.__call__())


class Plain:
    pass


p = Plain()
try:
    p()
except TypeError as e:
    print("TypeError:", e)
Plain.__call__ = lambda self, v=0: ("added later", v)
print(p(), p(v=3), callable(p))


class Nested:
    def __call__(self):
        return Nested.Inner()

    class Inner:
        def __call__(self):
            return "deep"


print(Nested()()())


class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0

    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)


@Deco
def square(x):
    return x * x


print(square(3), square(4), square.count, type(square).__name__)
try:
    Adder(1)()
except TypeError as e:
    print("TypeError:", e)
