row = [0, 0, 0]
row[1] = 5
row[-1] = 9
print(row)
row[3] = 7
