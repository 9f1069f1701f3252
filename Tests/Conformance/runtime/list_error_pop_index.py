a = [1, 2, 3]
print(a.pop(1))
print(a.pop(-1))
print(a)
print(a.pop(5))
