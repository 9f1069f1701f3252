data = [("ann", (30, "nyc")), ("bob", (25, "sf"))]
for name, (age, city) in data:
    print(name, age, city)
(a, (b, *c)), d = ((1, (2, 3, 4)), 5)
print(a, b, c, d)
[[x1, y1], [x2, y2]] = [[0, 1], [2, 3]]
print(x1 + x2, y1 + y2)
for (i, j), *others in [((1, 2), 3, 4), ((5, 6),)]:
    print(i, j, others)
