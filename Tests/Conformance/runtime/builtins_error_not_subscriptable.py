count = 42
digits = str(count)
print(digits[0], digits[-1])
print(count // 10, count % 10)
print(count[0])
