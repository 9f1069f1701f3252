# Async context managers (__aenter__/__aexit__) and async iterators
# (__aiter__/__anext__) written as classes, used by a coroutine that a
# plain loop drives with send().
class Yield:
    def __await__(self):
        yield "tick"


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await Yield()
        print("  open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await Yield()
        print("  close", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Yield()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    async with Resource("db") as db, Resource("cache"):
        values = [v async for v in Countdown(3)]
        print("  inside", db.name, values)
    async with Resource("suppressing"):
        raise KeyError("swallowed")
    try:
        async with Resource("failing"):
            raise ValueError("kept")
    except ValueError as e:
        print("  caught", e)
    total = 0
    async for v in Countdown(4):
        total += v
    return total


coro = main()
ticks = 0
while True:
    try:
        coro.send(None)
        ticks += 1
    except StopIteration as stop:
        print("result", stop.value, "after", ticks, "ticks")
        break


class NotAsync:
    pass


async def bad():
    async with NotAsync():
        pass


try:
    bad().send(None)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
