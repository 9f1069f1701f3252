matrix = [[1, 2], [3, 4]]
i, j = 1, 1
print(matrix[0][1])
print(matrix[i][j])
j = 2
print(matrix[i][j])
