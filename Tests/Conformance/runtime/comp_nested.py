matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 1])
print([[x * y for x in range(1, 4)] for y in range(1, 4)])
print([y for x in [[1, [2]], [3, [4]]] for y in x[1]])
print([i * j for i in range(3) if i for j in range(3) if j > i])
