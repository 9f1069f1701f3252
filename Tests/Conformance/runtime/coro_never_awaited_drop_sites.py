# The never-awaited warning names the line that let the coroutine go: a del,
# a container emptied by a call, a call inside a coroutine.
async def work(n):
    return n * 2
class Holder:
    pass
h = Holder()
h.c = work(1)
print("stored")
del h
print("deleted holder")
coros = [work(i) for i in range(2)]
coros.clear()
print("cleared")
async def main():
    work(5)
    return await work(3)
c = main()
try:
    c.send(None)
except StopIteration as e:
    print("main returned", e.value)
started = work(9)
started.close()
print("closed unstarted")
