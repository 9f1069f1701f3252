# Subscripts of locals (`a[0]`, `a[i]`) on every kind of container, including
# the ones the quick path must leave alone, and the errors they raise.

class Logging(list):
    def __getitem__(self, index):
        print("get", index)
        return list.__getitem__(self, index)


def constant_indices(a):
    return a[0], a[-1], a[1]


def local_indices(a, i, j):
    return a[i], a[j]


print(constant_indices([1, 2, 3]))
print(constant_indices((4.5, "x", None)))
print(constant_indices("abc"))
print(constant_indices(Logging([7, 8, 9])))
print(constant_indices({0: "zero", -1: "minus", 1: "one"}))
print(constant_indices(range(10, 20)))
print(local_indices([1, 2, 3], -3, 2))
print(local_indices(("a", "b"), True, False))
print(local_indices({"k": 1, 2.5: 2}, "k", 2.5))
print(local_indices([1, 2, 3], slice(0, 2), slice(None, None, -1)))
big = 10 ** 30
try:
    local_indices([1], big, 0)
except IndexError as e:
    print("IndexError:", e)


def nested():
    grid = [[1, 2], [3, 4]]
    total = 0
    for i in range(2):
        row = grid[i]
        for j in range(2):
            total += row[j] * grid[j][i]
    return total


print(nested())


def unbound_key():
    a = [1, 2]
    if False:
        i = 0
    return a[i]


try:
    unbound_key()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def out_of_range():
    pairs = [(1, 2), (3, 4)]
    first = pairs[0]
    return first[2]


out_of_range()
