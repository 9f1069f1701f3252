def items():
    yield 1
    yield {}["missing"]

try:
    for x in items():
        print(x)
except KeyError as e:
    raise RuntimeError("iteration failed") from e
