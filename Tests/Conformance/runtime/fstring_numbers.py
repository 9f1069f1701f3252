values = [0, 1, -1, 255, 3.5, -0.001, 1e10, 2 ** 64]
for v in values:
    print(f"{v!r:>22} | {v:>12} | {v:e}")
print(f"{42:c}", f"{65:c}", f"{0x263a:c}")
print(f"{255:x} {255:#X} {255:o} {255:b} {0.5:%}")
print(f"{-0.0} {float('inf'):>6} {float('nan'):<5}|")
