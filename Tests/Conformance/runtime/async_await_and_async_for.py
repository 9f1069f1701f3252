class Aw:
    def __await__(self):
        x = yield 1
        return x * 2
async def g():
    v = await Aw()
    return v + 1
c = g()
print(c.send(None))
try:
    c.send(10)
except StopIteration as e:
    print("done", e.value)
async def agen():
    for i in range(3):
        yield i
async def main():
    async for x in agen():
        print(x)
m = main()
try: m.send(None)
except StopIteration: print("end")
