items = []
items.append(1)
items.extend([2, 3])
print(items)
items.apend(4)
