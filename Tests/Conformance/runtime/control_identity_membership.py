a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None).__name__)
print(3 in {1: "x", 3: "y"}, "y" in {1: "x", 3: "y"}, "ab" in "cabd", 2 in range(5))
print([] in [[]], (1,) in [(1,), 2])
x = None
if x is None:
    print("x is None")
