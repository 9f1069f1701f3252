print(format(3, "d"))
print(format(3, "f"), format(3.5, "f"))
print(format(3.5, "g"))
value = 3.5
print(format(value, "d"))
