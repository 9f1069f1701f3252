numbers = [3, 1, 2]
print(sorted(numbers), numbers)
result = numbers.sort()
print(result, numbers)
result.append(4)
