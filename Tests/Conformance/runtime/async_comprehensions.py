class Pause:
    def __await__(self):
        yield "pause"

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def agen(n):
    for i in range(n):
        await Pause()
        yield i

async def double(x):
    await Pause()
    return x * 2

async def main():
    a = [x async for x in agen(5)]
    b = [x async for x in agen(6) if x % 2]
    c = {x: x * x async for x in agen(3)}
    d = {x % 3 async for x in agen(7)}
    e = [await double(x) for x in range(4)]
    f = [await double(x) async for x in agen(3)]
    g = [(x, y) async for x in agen(2) for y in "ab"]
    return a, b, c, sorted(d), e, f, g

for item in run(main()):
    print(item)

# async generator expression
async def genexp():
    ge = (x * 10 async for x in agen(3))
    print(type(ge).__name__)
    return [v async for v in ge]
print(run(genexp()))

# awaits inside a list display and function call arguments
async def args():
    return max(await double(1), await double(5), await double(3))
print(run(args()))
