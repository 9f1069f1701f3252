width, height, depth = 4, 5, 2
volume = width * height + width * height * depth + 10
print(volume)
depth = None
volume = width * height + width * height * depth + 10
