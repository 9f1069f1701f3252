x = 1
print(x + 1)
print(x + 2.5, x + True, x + 1j)
print(str(x) + "a")
print(1 + 'a')
