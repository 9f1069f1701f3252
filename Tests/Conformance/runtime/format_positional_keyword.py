print("{1} {0} {1}".format("a", "b"))
print("{x}-{y}-{x}".format(x=1, y=2))
print("{0.real} {0.imag}".format(3 + 4j))
print("{p[0]}/{p[1]}".format(p=(10, 20)))
print("{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=9))
print("{0:{1}}|".format(3.14159, ".3f"))
data = {"name": "Ann", "n": 3}
print("{name} has {n}".format(**data))
print("{} {}".format(*"xy"))
