def show(**kw):
    for key in kw:
        print(key, "=", kw[key])
    return len(kw)

print(show(a=1, b="two"))
print(show())
opts = {"x": 10, "y": 20}
print(show(**opts, z=30))

def mixed(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs

print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
print(mixed(*[1, 2], c=0, **{"d": 9, "f": 8}))
