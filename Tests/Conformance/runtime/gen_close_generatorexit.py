def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("  finally ran")

g = with_cleanup()
print(next(g))
print("close returns", g.close())
print("close again returns", g.close())
try:
    next(g)
except StopIteration:
    print("closed generator stops")

# close on a never-started generator does not run finally
g2 = with_cleanup()
g2.close()
print("unstarted closed")

def catches_exit():
    try:
        yield "a"
    except GeneratorExit as e:
        print("  GeneratorExit caught, type", type(e).__name__, "isinstance Exception:", isinstance(e, Exception))
        raise

g3 = catches_exit()
next(g3)
g3.close()

# returning a value on GeneratorExit is allowed; close() swallows it
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  returning on exit")
        return "ignored"
g4 = returns_on_exit()
next(g4)
print("close ->", g4.close())

# raising a different exception from close propagates
def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("cleanup failed")
g5 = raises_other()
next(g5)
try:
    g5.close()
except ValueError as e:
    print("close raised", e, "context", type(e.__context__).__name__)

# generator finished normally: close is a no-op
def short():
    yield 1
g6 = short()
print(list(g6))
g6.close()
print("closed finished generator")

# yielding inside finally during close
def stubborn():
    try:
        yield 1
    finally:
        print("  in finally")
g7 = stubborn()
next(g7)
del g7
print("deleted suspended generator")
