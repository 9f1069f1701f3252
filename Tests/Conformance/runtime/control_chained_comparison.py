x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1.0 == True, 1 < 2 > 1, 3 > 2 == 2)
def v(label, val):
    print("eval", label)
    return val
print(v("a", 1) < v("b", 0) < v("c", 2))
print(v("a", 1) < v("b", 2) < v("c", 3))
print("a" < "b" < "c", [1] < [2] <= [2])
print(1 in [1, 2] in [[1, 2]], x is not None)
