name = "Ann"
age = 31
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{age + 1} {age * 2:05d} {age / 7:.3f}")
print(f"{{braces}} {{{age}}}")
items = [1, 2, 3]
print(f"{len(items)} items, first={items[0]}, last={items[-1]}")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{'nested ' + name.upper()}")
