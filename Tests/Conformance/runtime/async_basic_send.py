async def add(a, b):
    return a + b

async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y

c = main()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result:", e.value)

# a coroutine that returns immediately still needs one send
c2 = add("a", "b")
try:
    c2.send(None)
except StopIteration as e:
    print("immediate:", e.value)

# reusing a finished coroutine
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

print(run(main()))

# async def functions are not generators
c3 = add(1, 1)
print(type(add).__name__, type(c3).__name__ == "coroutine")
print(c3.__name__, c3.__qualname__)
c3.close()
print(hasattr(c3, "__await__"), hasattr(c3, "__next__"), hasattr(c3, "__iter__"))
