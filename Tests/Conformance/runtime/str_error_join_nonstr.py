items = ["a", "b", "d"]
print("-".join(items))
items.insert(2, 3)
print("-".join(str(i) for i in items))
print("-".join(items))
