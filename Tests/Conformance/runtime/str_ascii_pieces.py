# Pieces cut from a str (slices, split, strip, partition, replace, case maps)
# know whether they are ASCII: isascii() and encode() must agree with the text.
texts = ["plain words here", "café au lait", "naïve-é", "ÿ-end", "mixed ∂ wide", "  pad  é "]
for t in texts:
    pieces = [t[:4], t[-3:], t[::2], t[1:-1]] + t.split() + t.split("-") + list(t.partition(" "))
    pieces += [t.strip(), t.strip(" é"), t.replace("a", "b"), t.replace("é", "e"), t.replace("e", "é"),
               t.upper(), t.lower(), "-".join(t.split()), t.rpartition("-")[2]]
    print([(p, p.isascii(), p.encode("utf-8")) for p in pieces])
print("".join(["é", "a"]).isascii(), "".join(["a", "b"]).isascii(), ("ab" + "cd").isascii(), ("a" + "é").isascii())
print("%s-%d" % ("é", 3), ("%s" % "plain").isascii(), ("%s" % "né").encode())
