a = 1
b = 2


def f():
    return a +
