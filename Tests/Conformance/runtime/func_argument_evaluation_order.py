def trace(label, value):
    print("eval", label)
    return value

def f(a, b, *, c):
    return a + b + c

print(f(trace("a", 1), trace("b", 2), c=trace("c", 3)))
print(trace("left", 1) + trace("right", 2) * trace("third", 3))
d = {trace("k1", "a"): trace("v1", 1), trace("k2", "b"): trace("v2", 2)}
print(d)
