d = {"a": 1, "b": 2}
for k in list(d):
    d[k * 2] = 0
print(d)
for k in d:
    d[k + k] = 0
