class Manager:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    async def __aenter__(self):
        print("enter", self.name)
        await Pause()
        return self.name.upper()
    async def __aexit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return self.swallow

class Pause:
    def __await__(self):
        yield "pause"

async def work():
    async with Manager("a") as a, Manager("b") as b:
        print("inside", a, b)
    async with Manager("c", swallow=True):
        raise KeyError("swallowed")
    try:
        async with Manager("d"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    return "done"

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as stop:
        print("steps", steps)
        return stop.value

print(run(work()))

async def waiter():
    try:
        await Pause()
        await Pause()
    except ZeroDivisionError:
        print("waiter caught ZeroDivisionError")
        return "handled"
    finally:
        print("waiter finally")

c = waiter()
print(c.send(None))
try:
    c.throw(ZeroDivisionError)
except StopIteration as stop:
    print("returned", stop.value)

c = waiter()
c.send(None)
c.close()
print("closed", c.cr_running)
print(type(c).__name__, c.__name__, c.__qualname__)
w = waiter().__await__()
print(type(w).__name__, next(w), next(w))
try:
    next(w)
except StopIteration as stop:
    print("wrapper stop", stop.value)
