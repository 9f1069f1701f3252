items = [1, 2, 3]
print(items[::1])
print(items[::-1], items[::2])
step = 0
print(items[::step])
