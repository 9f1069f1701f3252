# PEP 479: a StopIteration raised inside a generator body becomes a
# RuntimeError; the original is chained as its cause.
def leaky():
    yield 1
    raise StopIteration("escaped")


g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def uses_next(it):
    while True:
        yield next(it)


print(list(zip(range(3), uses_next(iter("ab")))))
list(uses_next(iter([1])))
