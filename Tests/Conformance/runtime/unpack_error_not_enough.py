values = [1, 2, 3]
a, b, c = values
print(a, b, c)
values.pop()
a, b, c = values
