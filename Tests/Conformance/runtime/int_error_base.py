print(int("12", 10))
print(int("12", 3), int("z", 36))
print(int("101", 2))
digits = "12"
print(int(digits, 2))
