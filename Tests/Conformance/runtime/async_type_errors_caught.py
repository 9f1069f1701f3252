def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

class NotIter:
    def __await__(self):
        return 5

class NoAwait:
    pass

async def await_it(x):
    return await x

cases = [("int", 3), ("str", "s"), ("list", [1]), ("NotIter", NotIter()), ("NoAwait", NoAwait()),
         ("None", None)]
for label, obj in cases:
    try:
        print(label, run(await_it(obj)))
    except TypeError as e:
        print(label, "TypeError:", e)

# a generator is not awaitable (unless decorated with types.coroutine)
def plain_gen():
    yield
try:
    run(await_it(plain_gen()))
except TypeError as e:
    print("generator TypeError:", e)

# a coroutine is not iterable
async def co():
    return 1
c = co()
try:
    iter(c)
except TypeError as e:
    print("iter TypeError:", e)
try:
    next(c)
except TypeError as e:
    print("next TypeError:", e)
c.close()

# async generator is not a plain iterator
async def ag():
    yield 1
a = ag()
try:
    for _ in a:
        pass
except TypeError as e:
    print("for TypeError:", e)
