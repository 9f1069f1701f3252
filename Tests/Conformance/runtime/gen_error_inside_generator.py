def parse_all(items):
    for item in items:
        yield int(item)

for n in parse_all(["1", "2", "x3"]):
    print(n)
