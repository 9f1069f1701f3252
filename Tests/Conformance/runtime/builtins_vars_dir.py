def f(a, b=2):
    c = a + b
    return sorted(locals())
print(f(1))
g = globals()
print("f" in g, g["__name__"])
print(sorted(vars().keys() & {"f", "g", "__name__"}))
print([n for n in dir(5) if n in ("real", "imag", "bit_length")])
