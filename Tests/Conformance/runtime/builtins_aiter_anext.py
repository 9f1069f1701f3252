# aiter() and anext(): async generators and classes with __aiter__/__anext__,
# anext's default (StopAsyncIteration becomes the await's value), the errors.
async def agen():
    yield 1
    yield 2

class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2: raise StopAsyncIteration
        return self.i * 10

class NoNext:
    def __aiter__(self): return 5

def run(coro):
    try:
        while True: coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    g = agen()
    print(aiter(g) is g)
    print(await anext(g), await anext(g), await anext(g, 'done'))
    try: await anext(g)
    except StopAsyncIteration: print("SAI")
    it = AIt()
    print(aiter(it) is it, await anext(it), await anext(it), await anext(it, None))
    a = anext(agen(), 0)
    print(type(a).__name__, type(anext(agen())).__name__)
    for bad in [1, NoNext()]:
        try: aiter(bad)
        except TypeError as e: print("TE", e)
    try: anext(1)
    except TypeError as e: print("TE", e)
    try: anext(1, 2)
    except TypeError as e: print("TE", e)
    try: aiter()
    except TypeError as e: print("TE", e)
    try: anext()
    except TypeError as e: print("TE", e)
    try: anext(g, 1, 2)
    except TypeError as e: print("TE", e)
    async def empty():
        return
        yield
    e = empty()
    print(await anext(e, "dflt"))
    aw = anext(agen(), 'x')
    print(aw.__await__() is aw, hasattr(aw, 'send'), hasattr(aw, 'throw'), hasattr(aw, 'close'))
    class Raising:
        def __aiter__(self): return self
        async def __anext__(self): raise ValueError("boom")
    try: await anext(Raising(), 1)
    except ValueError as e: print("VE", e)
    async for x in aiter(AIt()): print("for", x)
    return "ok"

print(run(main()))
aw = anext(agen(), 5)
print(next(aw.__await__(), 'n') if False else '')
try:
    aw.send(None)
except StopIteration as e: print("SI", e.value)
