def power(base, exp=2, /):
    return base ** exp

print(power(3), power(2, 10))

def describe(a, b, /, c, *, d):
    return f"a={a} b={b} c={c} d={d}"

print(describe(1, 2, 3, d=4))
print(describe(1, 2, c=3, d=4))

def kw_collision(name, /, **kwargs):
    return name, kwargs

print(kw_collision("pos", name="kw"))
