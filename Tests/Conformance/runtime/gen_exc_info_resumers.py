# sys.exc_info() inside generators resumed by list(), sum(), a for loop and throw():
# each sees its own handled exception, else the one of the code that resumed it.
import sys
def g():
    yield sys.exc_info()[0]
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
def outer():
    try:
        raise ValueError("outer")
    except ValueError:
        return list(g()), [x for x in g()]
print(outer())
print(list(g()))
def nested():
    for _ in range(2):
        try:
            raise TypeError
        except TypeError:
            yield sum(1 for _ in g()), next(iter(g()))
print(list(nested()))
def thrower():
    try:
        yield 1
    except IndexError:
        yield sys.exc_info()[0]
gen = thrower()
next(gen)
try:
    raise OSError
except OSError:
    print(gen.throw(IndexError), sys.exc_info()[0])
