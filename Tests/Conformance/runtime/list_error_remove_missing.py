items = ["a", "b", "a"]
items.remove("a")
print(items)
items.remove("b")
items.remove("c")
