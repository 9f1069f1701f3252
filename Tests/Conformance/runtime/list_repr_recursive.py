a = [1, 2]
a.append(a)
print(a)
print(len(a), a[2] is a)
d = {"k": []}
d["k"].append(d)
print(d)
