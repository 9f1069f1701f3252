d = {"a": 1, "b": 2}
for key, value in d.items():
    print(key, value)
print(list(d))
for key, value in d:
    print(key, value)
