data = [5, 3, 8, 1, 9, 2]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("Banana"), sorted("Banana", key=str.lower))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
people = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(sorted([3, 1, 2], key=None), sorted([]))
