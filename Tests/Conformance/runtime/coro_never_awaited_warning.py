# A coroutine that is created but never awaited is reported with a
# RuntimeWarning on stderr when it is dropped, once per place; closing it
# first, or awaiting it, silences the warning.
async def fetch(n):
    return n * 10


fetch(1)
print("called without await")


def helper():
    fetch(2)
    return "helper done"


print(helper())
for i in range(3):
    fetch(i)
print("loop done: one warning for the three")
unused = fetch(3)
unused.close()
print("closed before dropping: no warning")


async def main():
    fetch(4)
    return await fetch(5)


coro = main()
try:
    coro.send(None)
except StopIteration as stop:
    print("main returned", stop.value)
