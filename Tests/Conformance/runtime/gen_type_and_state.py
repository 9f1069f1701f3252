def g():
    yield 1
    yield 2

it = g()
print(type(it).__name__, type(g).__name__)
print(iter(it) is it)
print(hasattr(it, "send"), hasattr(it, "throw"), hasattr(it, "close"), hasattr(it, "__next__"))
print(it.__name__, it.__qualname__)

class Holder:
    def method(self):
        yield "m"
h = Holder().method()
print(h.__name__, h.__qualname__)

def outer():
    def inner_gen():
        yield
    return inner_gen()
print(outer().__qualname__)

# gi_running is False when suspended and True while running
def watcher():
    print("  running inside:", w.gi_running)
    yield
w = watcher()
print("before start:", w.gi_running)
next(w)
print("suspended:", w.gi_running)
print("gi_frame is None after finish:", (list(w), w.gi_frame is None)[1])

# a generator function with yield only in an unreachable branch is still a generator
def sneaky():
    if False:
        yield
    return "x"
s = sneaky()
print(type(s).__name__)
try:
    next(s)
except StopIteration as e:
    print("value", e.value)

# generator expressions
ge = (i * i for i in range(3))
print(type(ge).__name__, ge.__name__, list(ge), list(ge))
