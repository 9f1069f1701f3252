print(repr(chr(0)), len(chr(0)))
print(chr(0x41), chr(0x3b1), chr(0x1F600))
print(chr(1114111) == "\U0010ffff")
code = 0x110000
print(chr(code))
