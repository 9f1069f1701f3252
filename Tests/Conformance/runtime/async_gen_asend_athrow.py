def drive(awaitable):
    # drive one awaitable (asend/athrow/aclose result) to completion
    while True:
        try:
            awaitable.send(None)
        except StopIteration as e:
            return ("value", e.value)
        except StopAsyncIteration:
            return ("stop",)

async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
                print("  echo received", v)
            except ValueError as e:
                print("  echo caught", repr(e))
                yield "handled " + str(e)
    finally:
        print("  echo finally, received", received)

g = echo()
print(drive(g.asend(None)))
print(drive(g.asend("a")))
print(drive(g.asend("b")))
print(drive(g.athrow(ValueError("bad"))))
print(drive(g.asend("c")))
print(drive(g.aclose()))
print(drive(g.asend("after close")))

print("--- athrow unhandled")
async def simple():
    yield 1
    yield 2
s = simple()
print(drive(s.asend(None)))
try:
    drive(s.athrow(KeyError("k")))
except KeyError as e:
    print("propagated", repr(e))
print(drive(s.asend(None)))

print("--- asend non-None to fresh generator")
t = simple()
try:
    drive(t.asend("x"))
except TypeError as e:
    print("TypeError:", e)

print("--- returning in async generator")
async def stops():
    yield "only"
u = stops()
print(drive(u.__anext__()))
print(drive(u.__anext__()))
