def worker():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("  caught ValueError:", e, "args", e.args)
            n = 100
        except KeyError:
            print("  caught KeyError, re-yielding")
            yield "after-key"

g = worker()
print(next(g), next(g))
# throw with a type
print("throw type ->", g.throw(ValueError))
# throw with an instance
print("throw instance ->", g.throw(ValueError("boom")))
# throw with type and value
print("throw type+value ->", g.throw(ValueError, "made from value"))
print("throw type+tuple value ->", g.throw(ValueError, ("a", "b")))
print("throw KeyError ->", g.throw(KeyError("k")))
print(next(g), next(g))

# exception not handled by the generator propagates out and closes it
try:
    g.throw(TypeError("unhandled"))
except TypeError as e:
    print("propagated:", e)
try:
    next(g)
except StopIteration:
    print("generator is finished")

# throw into a just-started generator raises at the top without running it
def never_runs():
    print("body ran?!")
    yield 1
h = never_runs()
try:
    h.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early throw:", e)
print(list(h))

# throw with a traceback argument
def tb_gen():
    try:
        yield
    except ZeroDivisionError as e:
        print("  tb is", type(e.__traceback__).__name__)
        yield "handled"
try:
    1 / 0
except ZeroDivisionError as exc:
    saved = exc
t = tb_gen()
next(t)
print(t.throw(ZeroDivisionError, saved, saved.__traceback__))
try:
    t.throw(ValueError, ValueError("x"), "not a traceback")
except TypeError as e:
    print("TypeError:", e)
