values = [10, 20, 30]
print([v % 7 for v in values])
print(-10 % 7, 10 % -7)
print(values[0] % 1)
print(values[0] % 0)
