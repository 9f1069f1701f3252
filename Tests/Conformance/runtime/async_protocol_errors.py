def run(c):
    try:
        while True: c.send(None)
    except StopIteration as e: return e.value
    except Exception as e: print(type(e).__name__, e)
class NoA: pass
class BadEnter:
    def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
class OnlyEnter:
    async def __aenter__(self): return 1
class AIt:
    def __aiter__(self): return 1
class AIt2:
    def __aiter__(self): return self
    def __anext__(self): return 1
async def f1(): await 1
async def f2():
    async with NoA(): pass
async def f3():
    async with BadEnter(): pass
async def f4():
    async with OnlyEnter(): pass
async def f5():
    async for x in 1: pass
async def f6():
    async for x in AIt(): pass
async def f7():
    async for x in AIt2(): pass
async def f8():
    async with BadEnter2(): pass
class BadEnter2:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
class W:
    def __await__(self): return 5
async def f9(): await W()
async def co(): return 1
class W2:
    def __await__(self): return co()
async def f10(): await W2()
for f in [f1,f2,f3,f4,f5,f6,f7,f8,f9]: run(f())
c = co()
print(type(c).__name__, type(c.__await__()).__name__)
async def ag(): yield 1
a = ag()
print(type(a).__name__, type(a.__anext__()).__name__, type(a.athrow(ValueError)).__name__, type(a.aclose()).__name__)
try:
    for x in c: pass
except TypeError as e: print(e)
try:
    c.send(None)
except StopIteration as e: print("stop", e.value)
try:
    c.send(None)
except RuntimeError as e: print(e)
async def raiser(): raise StopIteration
run(raiser())
async def araiser():
    yield 1
    raise StopAsyncIteration
ra = araiser()
print(run(ra.__anext__()))
run(ra.__anext__())
