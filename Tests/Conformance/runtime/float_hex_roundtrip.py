# float.hex/fromhex: exact round trips, subnormals, rounding of long
# mantissas, and errors; int.to_bytes/from_bytes edge cases.
for x in [1.0, -0.0, 5e-324, 1.7976931348623157e308, 0.1, -2.5, 2.2250738585072014e-308, 1e-310]:
    h = x.hex()
    print(h, float.fromhex(h) == x)
for s in ["0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x3p-1076", " -0X1.ABCP+10 ", "inf", "-Infinity", "nan", "0x.8", "1.5p3", "0x1.00000000000008p0", "0x1.00000000000018p0","0x1.000000000000080000001p0"]:
    print(repr(s), float.fromhex(s))
for s in ["", "0x", "0x1p", "0x1.2.3", "abc", "0x1pp1"]:
    try: float.fromhex(s)
    except ValueError as e: print(e)
try: float.fromhex("0x1p1024")
except OverflowError as e: print(e)
print((-129).to_bytes(2, 'big', signed=True), (-128).to_bytes(1,'big',signed=True), (0).to_bytes(0,'big'))
for args in [(1,'big'),(-1,'big'),(1,'middle')]:
    try: print((256).to_bytes(*args))
    except Exception as e: print(type(e).__name__, e)
try: (-1).to_bytes(2,'big')
except Exception as e: print(type(e).__name__, e)
try: (128).to_bytes(1,'big',signed=True)
except Exception as e: print(type(e).__name__, e)
print(int.from_bytes([1,2,3], 'little'), int.from_bytes(b'', 'big', signed=True), (5).to_bytes())
print(bool.from_bytes(b'\x01', 'big'))
print("a\tb".isprintable(), "\u00a0".isprintable(), "".isprintable(), "é".isprintable())
print("abc".translate({97: 120, 98: "yy"}), "abc".translate([None]*98))
try: "a".translate({97: 1.5})
except TypeError as e: print(e)
try: str.maketrans("ab", "c")
except ValueError as e: print(e)
try: float.fromhex("0x1.fffffffffffff8p1023")
except OverflowError as e: print("rounds past the largest float:", e)
print(float.fromhex("0x1.fffffffffffff7p1023"))
