first, second, *rest = [1, 2]
print(first, second, rest)
first, *rest = [1]
print(first, rest)
first, second, *rest = [1]
