class Pause:
    def __await__(self):
        yield

async def inner(x):
    await Pause()
    return 10 // x

async def outer():
    return await inner(0)

coro = outer()
coro.send(None)
coro.send(None)
