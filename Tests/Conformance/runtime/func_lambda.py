square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, z=3))
funcs = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in funcs])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(square.__name__, (lambda: 0).__name__)
