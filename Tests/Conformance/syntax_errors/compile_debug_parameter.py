def f(a, __debug__=2):
    return a
