# Generator expressions are lazy: the first iterable is evaluated at once,
# the rest when iteration reaches them; the loop variable does not leak.
def source(tag, items):
    print("  evaluating", tag)
    return items


g = (x * y for x in source("outer", [1, 2]) for y in source("inner", [10, 20]))
print("made generator")
print(next(g))
print(list(g))
try:
    x
except NameError as e:
    print("NameError:", e)
data = [1, 2, 3]
lazy = (v for v in data)
data = [100]
print(list(lazy))
filtered = (n for n in range(10) if n % 3 == 0)
print(sum(filtered), sum(filtered))
pairs = list((i, j) for i in range(3) for j in range(i))
print(pairs)


def gen_with_state():
    seen = []
    for item in "abc":
        seen.append(item)
        yield "".join(seen)


print(list(gen_with_state()), max(len(s) for s in gen_with_state()))
try:
    (1 / v for v in [1, 0])
    print("no error until iterated")
    list(1 / v for v in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
