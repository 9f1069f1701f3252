n = 42
print(f"{n:.2f}")
print(f"{n:5d}|{n:<5d}|")
print(f"{n / 5:.2f}")
print(f"{n:.2d}")
