class Pause:
    def __await__(self):
        yield "pause"

def run(coro):
    n = 0
    while True:
        try:
            coro.send(None)
            n += 1
        except StopIteration as e:
            return e.value, n

class Lock:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Pause()
        print("  acquire", self.name)
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        await Pause()
        print("  release", self.name, "exc:", exc_type.__name__ if exc_type else None, repr(exc))
        return self.suppress

async def main():
    async with Lock("a") as token:
        print("  inside with token", token)
    async with Lock("b") as b, Lock("c") as c:
        print("  nested", b, c)
    async with Lock("d", suppress=True):
        raise ValueError("suppressed")
    print("  after suppressed")
    try:
        async with Lock("e"):
            raise KeyError("escapes")
    except KeyError as e:
        print("  caught", repr(e))
    return "done"

print(run(main()))

# returning from inside async with still runs __aexit__
async def early():
    async with Lock("f"):
        return "early return"
print(run(early()))

# async with on an object without __aenter__
class Sync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def wrong():
    async with Sync():
        pass
try:
    run(wrong())
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
