print(range(1, 10, 3))
print(list(range(1, 10, 3)))
step = 0
print(step)
range(1, 10, step)
