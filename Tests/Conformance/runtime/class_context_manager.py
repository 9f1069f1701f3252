# with calls __enter__ (its result bound by `as`) and __exit__ with the
# exception details; a true result from __exit__ suppresses the exception.
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress


with Ctx("a") as v:
    print("body", v)
with Ctx("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Ctx("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with Ctx("outer") as o, Ctx("inner") as i:
    print("both", o, i)


def early():
    with Ctx("ret"):
        return "returned"


print(early())
for n in range(2):
    with Ctx("loop" + str(n)):
        if n == 0:
            continue
        break


class NoEnter:
    def __exit__(self, *a):
        pass


class NoExit:
    def __enter__(self):
        return self


for obj in (NoEnter(), NoExit(), 5):
    try:
        with obj:
            pass
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class Raising:
    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        raise RuntimeError("from exit")


try:
    with Raising():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))


class Tuple:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *a):
        return None


with Tuple() as (x, y):
    print(x + y)
