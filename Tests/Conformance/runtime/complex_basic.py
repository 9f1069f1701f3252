z = 3 + 4j
print(z, z.real, z.imag, abs(z))
print(z.conjugate(), -z, +z)
print(z + 1, z * 2, z * 1j, z / 2)
print((1 + 2j) * (3 - 1j))
print((1 + 2j) / (3 - 1j))
print(1j ** 2, (1j) * (1j))
print(type(z), 2j, -2j, 0j)
