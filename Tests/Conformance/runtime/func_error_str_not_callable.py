label = "name"
print(label.upper())
print(callable(label), callable(label.upper))
print(label.format())
result = label("x")
