print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]))
print(any("abc"), all(["a", ""]), any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, 5]))
def noisy(v):
    print("checking", v)
    return v
print(any(noisy(v) for v in [0, 2, 3]))
print(all(noisy(v) for v in [1, 0, 3]))
