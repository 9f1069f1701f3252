data = [[1, 2], [3]]
print([x for row in data for x in row])
data.insert(1, None)
print(len(data))
flat = [x for row in data for x in row]
print(flat)
