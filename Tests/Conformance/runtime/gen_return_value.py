def g():
    yield 1
    return "finished"

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(next(it, "default"))
