# Mixed int/float arithmetic and list/tuple subscripts: the quick paths of
# the loop must give CPython's results, and leave errors and subclasses alone.

print(1 + 0.5, 0.5 + 1, 3 - 0.25, 0.25 - 3, 2 * 1.5, 1.5 * 2, 7 / 2.0, 7.0 / 2)
print(0 + -0.0, -0.0 + 0, 0 * -1.0, -1.0 * 0, (2**53 + 1) * 1.0, 1.0 * (2**53 + 1))
print(9007199254740993 + 0.0, 0.1 + 1, 10**18 * 1.5, -7 // 2.0, -7 % 2.0)
print(1.5 < 2, 2 < 1.5, 1.0 == 1, float("nan") == float("nan"), float("nan") != 1.0)
print(float("inf") * 0 != float("inf") * 0, 3 > 2.5 >= 2.5, -0.0 == 0)
for a, b in [(1, 0.0), (1.0, 0), (0, 0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as error:
        print("ZeroDivisionError:", error)
try:
    print(2.0 ** 10000)
except OverflowError as error:
    print("OverflowError:", error)

items = [10, 20, 30]
pair = ("a", "b")
print(items[0], items[-1], items[-3], pair[1], pair[-2])
items[-1] = 99
items[0] += 1
print(items)
for index in (3, -4):
    try:
        print(items[index])
    except IndexError as error:
        print("IndexError:", error)
    try:
        items[index] = 0
    except IndexError as error:
        print("IndexError:", error)
try:
    print(pair[2])
except IndexError as error:
    print("IndexError:", error)
print(items[True], pair[False])


class Shifted(list):
    def __getitem__(self, index):
        return "shifted %d" % index


shifted = Shifted([1, 2, 3])
print(shifted[0], shifted[-1])
shifted[0] = "x"
print(list(shifted), shifted[1])


class Pair(tuple):
    def __getitem__(self, index):
        return ("pair", index, len(self))


print(Pair((5, 6))[1])
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] = i * 3 + j + 0.5
print(grid, sum(row[1] for row in grid))
