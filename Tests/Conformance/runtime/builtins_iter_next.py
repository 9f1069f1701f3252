it = iter([10, 20])
print(next(it), next(it), next(it, "done"), next(it, None))
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
calls = [3, 2, 1, 0, 9]
def pop_front():
    return calls.pop(0)
print(list(iter(pop_front, 0)), calls)
r = iter(range(3))
print(next(r), sum(r))
