class Pause:
    def __await__(self):
        yield "pause"

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        print("  __aiter__")
        return self
    async def __anext__(self):
        await Pause()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1

def run(coro):
    pauses = 0
    while True:
        try:
            coro.send(None)
            pauses += 1
        except StopIteration as e:
            return e.value, pauses

async def main():
    seen = []
    async for x in Countdown(3):
        seen.append(x)
    else:
        seen.append("else")
    async for y in Countdown(5):
        if y == 3:
            break
        seen.append(("y", y))
    else:
        seen.append("not reached")
    return seen

print(run(main()))

# __anext__ may be a plain method returning an awaitable
class Direct:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return Value(self.i)

class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self.v
        yield

async def direct():
    return [v async for v in Direct()]
print(run(direct()))

# async for over something without __aiter__
async def bad():
    async for _ in [1, 2]:
        pass
try:
    run(bad())
except TypeError as e:
    print("TypeError:", e)
