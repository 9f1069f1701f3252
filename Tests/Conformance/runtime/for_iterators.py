# for loops over list, tuple and range iterators: growing and shrinking lists,
# shared and exhausted iterators, and iterators of subclasses.

items = [1, 2, 3]
seen = []
for x in items:
    seen.append(x)
    if x < 3 and len(items) < 6:
        items.append(x * 10)
print(seen, items)
shrinking = [1, 2, 3, 4, 5]
for x in shrinking:
    shrinking.pop()
    print("at", x, shrinking)
it = iter([1, 2, 3, 4])
for x in it:
    if x == 2:
        break
print("rest", list(it), list(it))
t = iter((5, 6))
for x in t:
    pass
print(next(t, "done"))
for r in (range(5, 0, -2), range(0), range(-3, 3, 3), range(10 ** 20, 10 ** 20 + 2)):
    print([v for v in r])


class Items(list):
    def __iter__(self):
        print("own __iter__")
        return iter([0])


for x in Items([1, 2]):
    print(x)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), sum(x for x in Countdown(4)))
nested = [[1, 2], [3], []]
total = 0
for row in nested:
    for v in row:
        total += v
print(total)
for x in 5:
    pass
