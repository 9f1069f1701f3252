# `c[k] += v` on every kind of container: the read and the write of an
# augmented subscript assignment, their order, and the errors of each half.

class Logged:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        print("get", key)
        return self.data.get(key, 0)

    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value


class Counter(dict):
    def __missing__(self, key):
        return 100


values = [1, 2, 3]
values[0] += 10
values[-1] *= 4
values[1] -= 0.5
print(values)
grid = [[0] * 3 for _ in range(2)]
for i in range(2):
    for j in range(3):
        grid[i][j] += i * 3 + j
print(grid)
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0)
    counts[word] += 1
print(counts)
c = Counter(x=1)
c["x"] += 1
c["y"] += 1
print(c)
log = Logged()
log["k"] += 5
log["k"] += 5
text = ["ab"]
text[0] += "cd"
text[0] *= 2
print(text)
pairs = {(1, 2): [1]}
pairs[1, 2] += [2]
print(pairs)
for container, key in (((1, 2), 0), ([1], 5), ("ab", 0)):
    try:
        container[key] += 1
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)


def missing():
    totals = {"a": 1}
    totals["b"] += 1


missing()
