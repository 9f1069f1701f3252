class Suspend:
    def __await__(self):
        yield "tick"

depth_log = []

async def leaf(n):
    depth_log.append(f"leaf {n} start")
    await Suspend()
    depth_log.append(f"leaf {n} end")
    return n

async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    return a + b

async def top():
    total = 0
    for i in range(0, 6, 2):
        total += await middle(i)
    return total

coro = top()
ticks = 0
while True:
    try:
        assert coro.send(None) == "tick"
        ticks += 1
    except StopIteration as e:
        print("top result", e.value, "after", ticks, "ticks")
        break
for line in depth_log:
    print(line)

# a coroutine can await another coroutine object stored in a variable
async def produce():
    return "produced"
async def consume():
    pending = produce()
    return await pending
try:
    consume().send(None)
except StopIteration as e:
    print(e.value)

# awaiting an already awaited coroutine is an error
async def reuse():
    c = produce()
    await c
    await c
try:
    reuse().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
