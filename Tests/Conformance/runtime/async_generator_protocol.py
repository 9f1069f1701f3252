# Async generators driven by hand: __anext__/asend/athrow/aclose awaitables,
# values passed through from awaits, and an event loop of a few lines.
class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield self.label
        return got

async def counter(n):
    try:
        for i in range(n):
            got = await Tick(f"tick {i}")
            received = yield (i, got)
            if received is not None:
                print("counter received", received)
    except ValueError as e:
        print("counter caught", e)
        yield "recovered"
    finally:
        print("counter finally")

def drive(awaitable, replies=()):
    replies = list(replies)
    value = None
    try:
        while True:
            request = awaitable.send(value)
            print("loop got", request)
            value = replies.pop(0) if replies else None
    except StopIteration as stop:
        return stop.value
    except StopAsyncIteration:
        return "StopAsyncIteration"

g = counter(3)
print(type(g).__name__, g.__aiter__() is g)
print(drive(g.__anext__(), ["a"]))
print(drive(g.asend("hello"), ["b"]))
print(drive(g.athrow(ValueError("boom"))))
print(drive(g.aclose()))
print(drive(g.__anext__()))

async def main():
    total = []
    async for item in counter(2):
        total.append(item)
    print("collected", total)
    squares = [x async for x in squares_of(4) if x % 2 == 0]
    print("squares", squares)
    return len(total)

async def squares_of(n):
    for i in range(n):
        yield i * i

print("main returned", drive(main()))

async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

ig = ignores_exit()
print(drive(ig.__anext__()))
try:
    drive(ig.aclose())
except RuntimeError as e:
    print("RuntimeError", e)

last = counter(1)
step = last.__anext__()
print(type(step).__name__)
print(drive(step))
try:
    step.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
print(drive(last.aclose()))
