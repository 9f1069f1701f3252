# Context managers: __enter__'s value is bound by `as`; __exit__ gets the
# exception and can suppress it by returning true; nested and multiple
# managers exit in reverse order.
class Tag:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}", exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Tag("a") as a, Tag("b") as b:
    print("body", a, b)
with Tag("outer", suppress=True):
    with Tag("inner"):
        raise ValueError("boom")
    print("not reached")
print("after suppression")
try:
    with Tag("plain"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))


def early():
    with Tag("ret"):
        return "returned"


print(early())
for i in range(3):
    with Tag(f"loop{i}"):
        if i == 1:
            break
        continue


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
