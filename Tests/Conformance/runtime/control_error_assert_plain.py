items = [1]
assert items
print("non-empty list passes")
items.clear()
assert items
