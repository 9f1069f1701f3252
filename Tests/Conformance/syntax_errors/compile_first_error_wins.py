def f(a, a):
    pass

break
