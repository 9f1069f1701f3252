names = ["a", "b", "c"]
ages = [1, 2, 3]
for name, age in zip(names, ages):
    print(name, age)
pairs = list(zip(names, ages))
letters, numbers = zip(*pairs)
print(letters, numbers)
for idx, (n, a) in enumerate(pairs, start=1):
    print(idx, n, a)
