# send() delivers values into a generator; throw() raises at the paused
# yield; close() raises GeneratorExit there and finally blocks run.
def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print("  caught", e)
                value = 0
            if value is None:
                break
            total += value
    finally:
        print("  finally, total", total)
    return total


g = accumulator()
print(next(g))
print(g.send(5), g.send(10))
print(g.throw(ValueError("bad")))
print(g.send(1))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)

h = accumulator()
next(h)
h.send(3)
h.close()
h.close()
print("closed twice fine")
try:
    next(h)
except StopIteration:
    print("exhausted after close")

fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
fresh.close()
print("closing an unstarted generator runs nothing")
