n = 10
print(n.real, n.imag)
print(n.bit_length())
print(hasattr(n, "foo"))
print(n.foo)
