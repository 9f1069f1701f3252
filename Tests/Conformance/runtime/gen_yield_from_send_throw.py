# yield from delegates next/send/throw to a subgenerator and evaluates to
# its return value; it works on any iterable.
def inner(tag):
    received = []
    try:
        while len(received) < 2:
            received.append((yield f"{tag} wants more"))
    except KeyError:
        yield f"{tag} handled KeyError"
    return received


def outer():
    first = yield from inner("A")
    print("  A returned", first)
    second = yield from inner("B")
    print("  B returned", second)
    yield from range(3)
    return "done"


g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.send(3))
print(g.throw(KeyError))
print([v for v in g])


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], (x * x for x in range(3)), {"k": 0})))


def returns_only():
    return 42
    yield


def wrapper():
    value = yield from returns_only()
    yield value


print(list(wrapper()))
