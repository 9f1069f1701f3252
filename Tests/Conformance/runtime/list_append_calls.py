# list.append reached every way: a method call, the unbound method, a bound
# method object, a subclass, and the errors of bad calls.

a = []
for i in range(6):
    a.append(i)
list.append(a, "unbound")
bound = a.append
bound("bound")
print(a, len(a))


class Logged(list):
    pass


class Own(list):
    def append(self, value):
        print("own append", value)
        super().append(value * 2)


b = Logged()
b.append(1)
c = Own()
c.append(5)
print(b, c, type(b).__name__)
grid = [[] for _ in range(3)]
for i in range(9):
    grid[i % 3].append(i)
print(grid)
for call in (lambda: a.append(), lambda: a.append(1, 2), lambda: list.append(5, 1), lambda: a.append(x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
