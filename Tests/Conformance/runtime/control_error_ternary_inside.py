data = {"a": 1}
key = "a"
value = data[key] if key in data or key.startswith("b") else 0
print(value)
key = "b"
value = data[key] if key in data or key.startswith("b") else 0
