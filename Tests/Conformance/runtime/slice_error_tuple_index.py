data = [1, 2, 3]
print(data[0:2])
print(data[0], data[2])
grid = {(0, 2): "tuple keys work in dicts"}
print(grid[0, 2])
print(data[0, 2])
