x = 1234.56789
for t in ["e", "E", "f", "F", "g", "G", "%", ""]:
    print(repr(t), format(x, t), format(x, "." + "3" + t) if t else format(x, ".3"))
print(format(float("inf"), "F"), format(float("nan"), "E"), format(float("inf"), "%"))
print(format(0.0001, "g"), format(0.00001, "g"), format(1e16, "g"), format(1e15, "g"))
