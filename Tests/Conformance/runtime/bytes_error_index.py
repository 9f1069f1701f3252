data = b"abc"
print(data[0], data[-1])
print(data[2])
print(data[1:10])
print(data[3])
