def f():
    return undefined_thing * 2

print("calling f")
print(f())
