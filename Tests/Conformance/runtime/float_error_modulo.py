x = 5.5
print(x % 2)
print(-x % 2, x % -2)
print(x % 1e10)
print(x % 0.0)
