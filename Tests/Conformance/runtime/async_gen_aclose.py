class Pause:
    def __await__(self):
        yield "pause"

def drive(aw):
    while True:
        try:
            aw.send(None)
        except StopIteration as e:
            return e.value

async def resource(name):
    print("  open", name)
    try:
        for i in range(10):
            yield f"{name}-{i}"
    finally:
        print("  cleanup", name, "awaiting in finally")
        await Pause()
        print("  closed", name)

g = resource("r1")
print(drive(g.__anext__()))
print(drive(g.__anext__()))
print("aclose ->", drive(g.aclose()))
print("aclose again ->", drive(g.aclose()))

# aclose before starting does nothing
g2 = resource("r2")
print("aclose unstarted ->", drive(g2.aclose()))

# breaking out of async for does NOT close the generator automatically; we do it by hand
async def main():
    gen = resource("r3")
    async for item in gen:
        print("  got", item)
        if item.endswith("1"):
            break
    print("  after break, closing")
    await gen.aclose()
    return "main done"
print(drive(main()))

# yielding during aclose is an error
async def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad()
drive(b.__anext__())
try:
    drive(b.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)

# an exception raised in finally during aclose propagates
async def raising():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
r = raising()
drive(r.__anext__())
try:
    drive(r.aclose())
except ValueError as e:
    print("ValueError:", e)
