ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), ba[1])
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 33)
print(ba, bytes(ba), ba.decode())
print(bytearray(3), bytearray([1, 2]), bytearray("hi", "ascii"))
ba.reverse()
print(ba, ba == b"edZYX!")
