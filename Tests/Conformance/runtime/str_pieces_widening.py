# Text assembled from pieces (%, join, split, strip) where a piece outside
# Latin-1 arrives after narrow ones, and where the pieces are str subclasses.

class Tag(str):
    pass

print("%s-%s-%d" % ("abc", "\u20ac", -42))
print("%s|%s" % ("caf\xe9", "\U0001F600"), len("%s|%s" % ("caf\xe9", "\U0001F600")))
print("%d%d%d" % (0, -0, 1234567890123456789))
print("%d %i" % (-9223372036854775807 - 1, 9223372036854775807))
print("%s" % Tag("sub"), type("%s" % Tag("sub")).__name__)
print("%5s|%-5d|%s" % ("ab", 7, "\u0100x"))
print("\u0101%s" % "plain", "%s\u0101" % "plain")
print(ascii("%s%s" % ("\xff", "\u0100")))

print("-".join(["a", "\u20ac", "b"]))
print("\u2013".join(["x", "y"]), "".join([]) == "", repr("".join(["", ""])))
print("+".join([Tag("one")]), type("+".join([Tag("one")])).__name__)
only = "solo"
print("+".join([only]) is only, "".join(("a", "b", "c")))
print(", ".join(str(n) for n in range(5)))
try:
    "-".join(["a", 1])
except TypeError as error:
    print(error)
try:
    "-".join(["a", "b", b"c"])
except TypeError as error:
    print(error)

line = "  alpha\tbeta\n gamma\x1c delta\xa0epsilon\x85zeta  "
print(line.split())
print(line.split(None, 2), line.rsplit(None, 2))
print("".split(), "   ".split(), "one".split())
print(" ".join("w%d" % n for n in range(40)).split()[-3:])
print("\u3000wide\u3000split\u3000".split())

print("--(x)--".strip("-()"), "--(x)--".lstrip("-("), "--(x)--".rstrip(")-"))
print("\u20acab\u20ac".strip("\u20ac"), "xyx".strip("\u20acx"))
print("abc".strip(""), "abc".strip("cba") == "", repr(Tag(" t ").strip()))
