x = "outer"
result = [x for x in range(3)]
print(x, result)
n = 10
print([n + i for i in range(3)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
def f():
    y = 5
    return [y * k for k in range(3)]
print(f())
print([[j for j in range(i)] for i in range(4)])
