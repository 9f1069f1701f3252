values = [5, 2, 0, 1]
print(sum(n for n in values))
print(max(10 // n for n in values if n))
total = sum(10 / n for n in values)
print(total)
