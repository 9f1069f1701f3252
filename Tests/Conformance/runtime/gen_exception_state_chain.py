# Inside a generator that handles nothing itself, sys.exc_info(), a bare
# raise and implicit chaining see the exception its resumer is handling
# (CPython's chain of exception states), and its own handled exception
# stays its own across yields.
import sys
def g():
    print("in gen", sys.exc_info()[0])
    yield 1
    print("resumed", sys.exc_info()[0])
    yield 2
it = g()
try:
    raise KeyError("outer")
except KeyError:
    next(it)
    print("after next", sys.exc_info()[0].__name__)
next(it)
def h():
    try:
        raise ValueError("inner")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
x = h()
print(next(x))
print(sys.exc_info())
print(next(x))
def reraiser():
    try:
        yield
    except Exception:
        raise
r = reraiser(); next(r)
try: r.throw(OSError("thrown"))
except OSError as e: print("rethrown", e, type(e.__context__))

def g():
    yield sys.exception()
    raise ValueError("in gen")
def consume():
    try:
        raise KeyError("handled")
    except KeyError:
        it = g()
        print(type(next(it)).__name__)
        try:
            next(it)
        except ValueError as e:
            print("context:", repr(e.__context__))
consume()
for v in (x for x in [sys.exc_info()[0]]):
    print(v)
def reraise_outer():
    yield
    raise
try:
    raise TypeError("outer")
except TypeError:
    r = reraise_outer(); next(r)
    try: next(r)
    except TypeError as e: print("bare raise in generator re-raised", e)
def loop_gen():
    for i in range(2):
        yield sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    print([c.__name__ if c else None for c in loop_gen()])
print([c for c in loop_gen()])
