pi = 3.14159265
n = 1234567
print(f"[{pi:10.3f}] [{pi:<10.2f}] [{pi:^10.1f}] [{pi:+.2e}]")
print(f"[{n:,}] [{n:_}] [{n:>12,}] [{n:x}] [{n:#o}] [{n:b}]")
print(f"[{'txt':*^9}] [{'txt':>6}] [{'txt':.2}]")
width, prec = 12, 4
print(f"[{pi:{width}.{prec}f}] [{pi:>{width}}]")
print(f"[{0.25:%}] [{0.25:.1%}] [{-5:=+6d}]")
