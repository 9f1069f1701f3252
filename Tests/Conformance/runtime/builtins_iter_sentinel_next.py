values = [3, 2, 1, 0, 5, 6]
pos = 0
def source():
    global pos
    v = values[pos]
    pos += 1
    return v
print(list(iter(source, 0)))
print("remaining position", pos)

counter = iter(range(3))
it = iter(lambda: next(counter, None), None)
print(type(it).__name__, list(it))

lines = ["a", "b", "", "c"]
reader = iter(lines.pop, "b")
print(list(reader), lines)

# the callable's StopIteration also ends the iteration
def stops():
    raise StopIteration
print(list(iter(stops, 1)))

# next with default
e = iter([1])
print(next(e), next(e, "default"), next(e, None))
g = (x for x in [])
print(next(g, "empty genexpr"))
try:
    next(iter([]))
except StopIteration as s:
    print("StopIteration", s.args)

try:
    iter(5, 0)
except TypeError as err:
    print("TypeError:", err)
try:
    next(5)
except TypeError as err:
    print("TypeError:", err)

# iter on a class with only __getitem__
class Old:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 100
print(list(iter(Old())), type(iter(Old())).__name__)

# once exhausted, the callable iterator stays exhausted
calls = []
def f():
    calls.append(1)
    return len(calls)
ci = iter(f, 2)
print(list(ci), list(ci), len(calls))
