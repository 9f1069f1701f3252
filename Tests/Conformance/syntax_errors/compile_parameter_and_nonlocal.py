def outer():
    def f(y):
        nonlocal y
    return f
