for n in [0, 1, 7, 8, 255, -255, 4096, 2 ** 40]:
    print(n, hex(n), oct(n), bin(n))
print(int(hex(999), 16), int(oct(999), 8), int(bin(999), 2))
print(hex(True), bin(False))
print(hex(2 ** 100), oct(-(2 ** 70)))
