def bad():
    yield 1
    raise StopIteration("manual")

print(list(bad()))
