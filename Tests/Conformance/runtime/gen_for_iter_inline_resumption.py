# FOR_ITER resumes a generator inside the evaluation loop: items, the end of
# the loop, exceptions through the generator frame, PEP 479, re-entry, partial use.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
def evens(source):
    for v in source:
        if v % 2 == 0:
            yield v
print(sum(evens(numbers(100))))
def bad():
    yield 1
    raise StopIteration
try:
    for x in bad():
        print("got", x)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def raiser():
    yield 1
    raise KeyError("k")
def consumer():
    try:
        for x in raiser():
            print("item", x)
    except KeyError as e:
        print("caught", e)
consumer()
def reentrant():
    yield next(g)
g = reentrant()
try:
    for x in g:
        pass
except ValueError as e:
    print("ValueError", e)
def partial():
    yield 1
    yield 2
    yield 3
p = partial()
for x in p:
    if x == 2:
        break
print(next(p), list(p))
def gen_return():
    yield 1
    return 5
print(list(gen_return()))
def trace():
    yield 1
    1 / 0
for x in trace():
    print(x)
