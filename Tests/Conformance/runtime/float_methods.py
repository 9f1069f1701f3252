x = 3.75
print(x.is_integer(), (4.0).is_integer())
print(x.as_integer_ratio(), (0.1).as_integer_ratio())
print(x.hex(), (1.0).hex(), (0.5).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print(x.real, x.imag, x.conjugate())
print(float("  1.5  "), float("-2.5e3"), float("1_0.5"))
print(float(10), float(True), float("inf"))
