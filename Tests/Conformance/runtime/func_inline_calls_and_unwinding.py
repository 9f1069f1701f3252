# Calls of plain Python functions run inside one evaluation loop; exceptions
# unwind through those frames into the handler of a caller, with a traceback
# line for each frame passed.
import sys


def a(x):
    return b(x) + 1


def b(x):
    if x == 0:
        raise ValueError("boom")
    return a(x - 1)


def catcher():
    try:
        a(5)
    except ValueError as e:
        print("caught", e)
    finally:
        print("finally ran")
    return "after"


print(catcher())


def handled_inside(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        return "inner handler"


def outer(n):
    return handled_inside(n), handled_inside(n + 1)


print(outer(0))


def deep(n):
    return 0 if n == 0 else deep(n - 1) + 1


# Deeper than the default limit: plain Python recursion needs no native stack.
sys.setrecursionlimit(60000)
print(deep(50000))
sys.setrecursionlimit(1000)


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print(depth(0) > 900)


def gen():
    for i in range(3):
        yield square(i)


def square(x):
    return x * x


print(list(gen()))


def closure_maker(k):
    def add(x):
        return x + k
    return add


print(closure_maker(3)(4), closure_maker(10)(5))


def uses_cell(v):
    def get():
        return v
    v = v * 2
    return get()


print(uses_cell(21))


def f(x):
    return 1 / x


def g(x):
    return f(x) + 1


def h(x):
    return g(x) * 2


print(h(2))
h(0)
