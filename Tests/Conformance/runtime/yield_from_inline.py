# `yield from` a generator: items, sent values, return values, exceptions and
# their tracebacks, throw/close delegation, and deep delegation chains.

def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return ("inner done", total)


def outer(n):
    result = yield from inner(n)
    print("outer got", result)
    again = yield from inner(1)
    return result, again


g = outer(3)
print(next(g), g.send(10), g.send(20))
try:
    g.send(5)
except StopIteration as stop:
    print("stop", stop.value)


def tree(depth, label):
    if depth == 0:
        yield label
        return label
    left = yield from tree(depth - 1, label * 2)
    right = yield from tree(depth - 1, label * 2 + 1)
    return left + right


t = tree(4, 1)
print(list(t), sum(tree(10, 1)))


def delegate_then_catch():
    try:
        yield from inner(5)
    except KeyError as e:
        print("caught in outer", repr(e))
        yield "after"


d = delegate_then_catch()
print(next(d), d.throw(KeyError("k")))
d.close()


def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")


def closing_outer():
    yield from closing_inner()


c = closing_outer()
print(next(c))
c.close()


def stops():
    yield 1
    raise StopIteration("bad")


def wraps():
    yield from stops()


try:
    list(wraps())
except RuntimeError as e:
    print("RuntimeError:", e, "from", repr(e.__cause__))


def chain(n):
    if n == 0:
        yield "bottom"
    else:
        yield from chain(n - 1)


print(list(chain(200)))
try:
    list(chain(5000))
except RecursionError as e:
    print("RecursionError:", e)


def failing():
    yield 1
    return 1 / 0


def outer_failing():
    yield from failing()


for item in outer_failing():
    print("item", item)
