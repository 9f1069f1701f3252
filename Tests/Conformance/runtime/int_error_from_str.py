values = ["12", "7", "x12"]
total = 0
for v in values:
    total += int(v)
print(total)
