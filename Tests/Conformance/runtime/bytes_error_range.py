print(bytes([1, 2, 3]))
print(bytes([0, 255]))
print(bytearray([10, 20]))
values = [1, 256]
print(bytes(values))
