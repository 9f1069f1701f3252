z = 3 + 0j
print(z.real, int(z.real))
print(complex(3), float(z.real))
print(abs(z))
print(int(z))
