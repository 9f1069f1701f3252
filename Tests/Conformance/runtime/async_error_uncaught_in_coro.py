class Pause:
    def __await__(self):
        yield

async def parse(text):
    await Pause()
    return int(text)

async def main():
    total = 0
    for t in ["1", "2", "three"]:
        total += await parse(t)
    return total

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

print(run(main()))
