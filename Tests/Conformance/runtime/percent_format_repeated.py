# One % template used many times in a loop, and templates alternating: the
# parse is reused, the values differ; plain %s and %d of every kind of value.
class Name(str):
    def __str__(self):
        return "name:" + self

rows = []
for i, value in enumerate(["ab", Name("cd"), 7, True, -3, 2**70, 1.5, None, "é", "∂x"]):
    rows.append("%s=%d" % (value, i))
    rows.append("[%s]" % (value,))
    rows.append("%r|%i" % (value, -i))
print("\n".join(rows))
for template in ["%s-%s", "%d%%", "%s-%s", "%5s|%-4d|", "%s-%s"]:
    try:
        print(template % (1, 2))
    except TypeError as e:
        print("TypeError", e)
for bad in [("x",), (1, 2, 3), ()]:
    try:
        print("%d and %s" % bad)
    except TypeError as e:
        print("TypeError", e)
print("%s" % "single", "%d" % 42, "%s" % [1, 2], "%s" % ((1, 2),))
print("".join(["a", "b"]), "-".join(["é", "x"]), "".join(["", "z", ""]), repr("".join([])), "+".join(["∂", "q"]))
