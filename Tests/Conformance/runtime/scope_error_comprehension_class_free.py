def f():
    data = [1, 2, 3]
    return [dat * 2 for d in data]

f()
