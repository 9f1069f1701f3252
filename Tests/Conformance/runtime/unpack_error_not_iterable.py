a, b = 5, 6
print(a, b)
a, b = "xy"
print(a, b)
a, b = 5
