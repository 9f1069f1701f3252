class Pause:
    def __await__(self):
        yield "pause"

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def ticker(n):
    for i in range(n):
        await Pause()
        yield i * i
    print("  ticker exhausted")

print(type(ticker).__name__, type(ticker(1)).__name__)
agen = ticker(1)
print(agen.__name__, agen.__qualname__)
print(hasattr(agen, "__anext__"), hasattr(agen, "__aiter__"), hasattr(agen, "__next__"))
print(agen.__aiter__() is agen)

async def main():
    out = []
    async for v in ticker(4):
        out.append(v)
    return out
print(run(main()))

# manual __anext__ calls
async def manual():
    g = ticker(2)
    a = await g.__anext__()
    b = await anext(g)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return ("stopped", a, b)
print(run(manual()))

# anext with a default
async def with_default():
    g = ticker(0)
    return await anext(g, "default value")
print(run(with_default()))

# aiter builtin
async def with_aiter():
    it = aiter(ticker(3))
    return [x async for x in it]
print(run(with_aiter()))

# async generator with no awaits at all
async def plain():
    yield "a"
    yield "b"
async def collect():
    return [x async for x in plain()]
print(run(collect()))
