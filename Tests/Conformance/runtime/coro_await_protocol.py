# await accepts coroutines and objects whose __await__ returns an iterator;
# anything else is a TypeError; exceptions pass through awaits.
class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return iter([])  # finishes at once

    
class ReadyWithValue:
    def __await__(self):
        yield "paused"
        return "resumed value"


class Bad:
    def __await__(self):
        return 5


async def inner(x):
    if x < 0:
        raise ValueError("negative")
    return x * 2


async def main():
    a = await inner(4)
    b = await ReadyWithValue()
    await Ready(1)
    try:
        await inner(-1)
    except ValueError as e:
        print("caught", e)
    try:
        await Bad()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await 3
    except TypeError as e:
        print("TypeError:", e)
    return a, b


c = main()
print(c.send(None))
try:
    c.send("ignored")
except StopIteration as e:
    print("result", e.value)
