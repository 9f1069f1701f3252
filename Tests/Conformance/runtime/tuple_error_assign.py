point = (3, 4)
print(point[0])
point = (5,) + point[1:]
print(point)
point[0] = 5
