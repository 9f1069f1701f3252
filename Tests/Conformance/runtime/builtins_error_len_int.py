print(len([1, 2]))
print(len("abc"), len({}), len(range(4)))
number = 5
print(len(str(number)))
print(len(number))
