def f(**kw):
    return kw

print(f(**{"a": 1}))
print(f(**dict(b=2), c=3))
f(**[1, 2])
