# Coroutines driven by hand with send(): a tiny scheduler running two
# tasks that await a custom awaitable which yields to the driver.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        got = yield self.ticks
        return got


async def worker(name, steps):
    total = 0
    for i in range(steps):
        got = await Sleep(i)
        total += got
        print(f"  {name} step {i} got {got}")
    return f"{name} total {total}"


def run(coros):
    results = {}
    pending = list(coros)
    tick = 0
    values = {id(c): None for c in pending}
    while pending:
        for coro in list(pending):
            tick += 1
            try:
                request = coro.send(values[id(coro)])
                values[id(coro)] = tick * 10 + request
            except StopIteration as stop:
                results[coro.__name__ + str(len(results))] = stop.value
                pending.remove(coro)
    return results


print(run([worker("a", 2), worker("b", 3)]))
c = worker("c", 1)
print(type(c).__name__, c.cr_running)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
