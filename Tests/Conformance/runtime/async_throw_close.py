class Pause:
    def __await__(self):
        return (yield "paused")

async def guarded():
    try:
        got = await Pause()
        print("  resumed with", got)
        await Pause()
    except ValueError as e:
        print("  coroutine caught", repr(e))
        return "recovered"
    finally:
        print("  finally in coroutine")

c = guarded()
print(c.send(None))
print(c.send("first"))
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("throw led to return:", e.value)

# unhandled exception thrown in propagates
c = guarded()
c.send(None)
try:
    c.throw(KeyError("nope"))
except KeyError as e:
    print("propagated", repr(e))

# close() raises GeneratorExit at the await point
async def cleanup():
    try:
        await Pause()
    except GeneratorExit:
        print("  GeneratorExit in coroutine")
        raise
c = cleanup()
c.send(None)
print("close ->", c.close())

# after close, send fails
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# throw into a custom awaitable's generator through await
class Catching:
    def __await__(self):
        try:
            yield "waiting"
        except IndexError:
            print("  awaitable caught IndexError")
            return "from awaitable"

async def uses():
    r = await Catching()
    return "uses got " + r
c = uses()
c.send(None)
try:
    c.throw(IndexError)
except StopIteration as e:
    print(e.value)
