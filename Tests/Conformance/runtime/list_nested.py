grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print(grid[1][2], grid[-1][-1], [row[0] for row in grid])
grid[0][0] = "X"
print(grid[0])
t = [list(row) for row in zip(*grid)]
print(t)
bad = [[0] * 2] * 2
bad[0][0] = 1
print(bad)
