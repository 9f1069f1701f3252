def letters():
    yield "a"
    yield "b"

g = letters()
print(iter(g) is g)
print(next(g), next(g), next(g, None))
it = iter([1, 2, 3])
print(next(it), list(it))
sentinel_src = iter([5, 6, 0, 7])
print(list(iter(lambda: next(sentinel_src), 0)))
print(list(zip(letters(), range(5))))
