# Async generators driven by hand: __anext__ awaitables, asend, athrow,
# aclose, and async for / async comprehensions inside a coroutine.
async def ticker(n):
    try:
        for i in range(n):
            got = yield i
            if got:
                print("  ticker got", got)
    finally:
        print("  ticker cleanup")


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def consume():
    out = []
    async for v in ticker(3):
        out.append(v)
    squares = [v * v async for v in ticker(4) if v % 2 == 0]
    return out, squares


print(drive(consume()))


async def manual():
    agen = ticker(5)
    first = await agen.__anext__()
    second = await agen.asend("hello")
    try:
        await agen.athrow(KeyError("k"))
    except KeyError as e:
        print("  athrow propagated", repr(e))
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("  exhausted")
    agen2 = ticker(5)
    await agen2.__anext__()
    await agen2.aclose()
    return first, second


print(drive(manual()))
print(type(ticker(1)).__name__)
