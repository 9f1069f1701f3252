def ret(v):
    yield "once"
    return v

for v in [None, 0, "s", (1, 2), [3], StopIteration]:
    g = ret(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(v), "-> value", repr(e.value), "args", e.args)

# return without value
def bare():
    return
    yield
try:
    next(bare())
except StopIteration as e:
    print("bare:", e.value, e.args, repr(str(e)))

# StopIteration raised inside a generator becomes RuntimeError (PEP 479)
def leaks():
    yield 1
    raise StopIteration("inner")
g = leaks()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# yield from returns the sub-generator's StopIteration value, even a tuple
def sub():
    yield 1
    return (1, 2)
def top():
    r = yield from sub()
    print("  yield from gave", r)
list(top())

# StopIteration constructed directly
s = StopIteration(5, 6)
print(s.value, s.args)
s2 = StopIteration()
print(s2.value, s2.args)

# generator expression return value is always None
ge = (x for x in [1])
next(ge)
try:
    next(ge)
except StopIteration as e:
    print("genexpr value", e.value)
