import sys

async def coro_fn():
    return 1

async def agen_fn():
    yield 1

def gen_fn():
    yield 1

c = coro_fn()
a = agen_fn()
g = gen_fn()
print(type(c).__name__, type(a).__name__, type(g).__name__)
print(type(c).__qualname__, type(a).__qualname__)
print(type(coro_fn).__name__, type(agen_fn).__name__)

class Box:
    async def method(self):
        return "m"
    async def agen_method(self):
        yield "am"

m = Box().method()
print(m.__name__, m.__qualname__)
am = Box().agen_method()
print(am.__name__, am.__qualname__)

# awaitables returned by asend/athrow/__anext__
an = a.__anext__()
print(type(an).__name__)
try:
    an.send(None)
except StopIteration as e:
    print("first item", e.value)
close_aw = a.aclose()
print(type(close_aw).__name__)
try:
    close_aw.send(None)
except StopIteration:
    print("aclose finished")

# the __await__ of a coroutine is a coroutine_wrapper
w = c.__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("via wrapper", e.value)

# flags on code objects
print(bool(coro_fn.__code__.co_flags & 0x80), bool(agen_fn.__code__.co_flags & 0x200), bool(gen_fn.__code__.co_flags & 0x20))
m.close()
