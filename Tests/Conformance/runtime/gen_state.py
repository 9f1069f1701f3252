def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(12)])
print(next(f))
g1 = fib()
g2 = fib()
next(g1)
print(next(g1), next(g2))
def gen_with_local():
    x = yield "first"
    y = yield f"got {x}"
    yield f"then {y}"
h = gen_with_local()
print(next(h), h.send("A"), h.send("B"))
