async def compute():
    return 1

async def main():
    value = await compute()
    print("awaited coroutine gave", value)
    await value

coro = main()
coro.send(None)
