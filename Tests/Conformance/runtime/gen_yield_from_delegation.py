def inner():
    print("  inner start")
    try:
        x = yield "i1"
        print("  inner got", x)
        y = yield "i2"
        print("  inner got", y)
    except KeyError as e:
        print("  inner caught", repr(e))
        yield "i-after-throw"
    finally:
        print("  inner finally")
    return "inner-result"

def outer():
    result = yield from inner()
    print("  outer got result", result)
    z = yield "o1"
    print("  outer got", z)
    return "outer-result"

g = outer()
print(g.send(None))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as e:
    print("done:", e.value)

print("--- throw forwarded")
g = outer()
next(g)
print(g.throw(KeyError("k")))
print(next(g))

print("--- close forwarded")
g = outer()
next(g)
g.close()

print("--- yield from plain iterables")
def chain(*its):
    for it in its:
        r = yield from it
        print("  sub-result", r)
print(list(chain([1, 2], "ab", range(3))))

print("--- throw of unhandled exception through yield from")
def deleg():
    try:
        yield from inner()
    except ValueError as e:
        print("  outer caught", e)
        yield "recovered"
d = deleg()
next(d)
print(d.throw(ValueError("v")))

print("--- send to a plain iterator via yield from")
def over_list():
    yield from [1, 2]
o = over_list()
next(o)
try:
    o.send("x")
except AttributeError as e:
    print("AttributeError:", e)
