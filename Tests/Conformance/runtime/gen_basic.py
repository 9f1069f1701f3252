def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("done")

g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))
print(list(count_up(0)))
