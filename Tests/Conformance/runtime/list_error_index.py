items = [10, 20, 30]
print(items[2])
print(items[-3], items[-1])
print(items[1:10])
print(items[3])
