# A generator that yields again while being closed makes close() raise
# RuntimeError; the traceback ends the program.
def stubborn():
    try:
        yield "first"
    except GeneratorExit:
        print("ignoring GeneratorExit once")
        yield "second"


g = stubborn()
print(next(g))
g.close()
print("not reached")
