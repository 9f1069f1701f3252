import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 11), type(sys.version).__name__)
print(sys.getrecursionlimit())
print(sys.byteorder in ("little", "big"), sys.platform != "")
print(type(sys.float_info.max).__name__, sys.float_info.max, sys.float_info.epsilon)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.int_info.bits_per_digit > 0)
print(sys.hash_info.modulus, sys.hash_info.inf)
