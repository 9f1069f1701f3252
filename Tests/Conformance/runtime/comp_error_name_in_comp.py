values = [1, 2, 3]
doubled = [v * 2 for v in values]
print(doubled)
print([v * v for v in values])
print([v * factor for v in values])
