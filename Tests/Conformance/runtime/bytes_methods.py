b = b"  Mixed Case Bytes  "
print(b.strip(), b.lower(), b.swapcase().strip())
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b"  ".isspace())
print(b"x".center(5, b"-"), b"7".zfill(3), b"a.b.c".rsplit(b".", 1))
print(b"hello".partition(b"l"), b"hello".index(b"lo"))
print(b"%d-%s" % (5, b"x"), b"abc".title())
print(len(bytes.maketrans(b"ab", b"xy")), b"aabb".translate(bytes.maketrans(b"ab", b"xy")))
