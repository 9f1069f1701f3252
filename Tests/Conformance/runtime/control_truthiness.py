values = [0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), {}, {0: 0}, None, set(), range(0), range(1), 0j, b""]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print(sum(1 for v in values if v), len(values))
print(bool(float("nan")), bool(" "), bool("False"))
