def f(*args):
    return args

print(f(*"ab"))
print(f(*5))
