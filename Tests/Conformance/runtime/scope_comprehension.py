i = "outer i"
squares = [i * i for i in range(4)]
print(i, squares)
x = 10
print([x for _ in range(2)])
def f():
    k = 3
    return {j: k * j for j in range(3)}
print(f())
print([i for i in range(3) for i in range(i, i + 1)])
print([(lambda: j)() for j in range(3)])
