class Ticket:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        print("  ticket", self.n, "suspending")
        got = yield ("ticket", self.n)
        print("  ticket", self.n, "resumed with", got)
        return self.n * 10

class IterAwaitable:
    def __init__(self, steps):
        self.steps = steps
    def __await__(self):
        return iter(["step%d" % i for i in range(self.steps)])

async def main():
    a = await Ticket(1)
    b = await Ticket(2)
    c = await IterAwaitable(3)
    print("  c is", c)
    return a + b

coro = main()
value = None
step = 0
while True:
    try:
        yielded = coro.send(value)
    except StopIteration as e:
        print("main returned", e.value)
        break
    print("loop saw", yielded)
    step += 1
    # plain iterators only accept None; generators get a real value
    value = "resume%d" % step if isinstance(yielded, tuple) else None

# awaiting the same awaitable object twice calls __await__ twice
class Counter:
    calls = 0
    def __await__(self):
        Counter.calls += 1
        return Counter.calls
        yield

async def twice():
    c = Counter()
    return (await c) + (await c)

try:
    twice().send(None)
except StopIteration as e:
    print("twice:", e.value)
