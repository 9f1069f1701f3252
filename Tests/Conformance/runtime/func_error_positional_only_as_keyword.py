def scale(value, /, factor=2):
    return value * factor

print(scale(3))
print(scale(value=3))
