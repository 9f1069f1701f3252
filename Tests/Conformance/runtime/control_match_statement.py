def describe(value):
    match value:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case [x, y]:
            return f"pair {x},{y}"
        case {"name": name}:
            return f"named {name}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "other"

for v in [0, -4, [1, 2], {"name": "Ann", "age": 3}, "hi", 3.5, (7, 8)]:
    print(describe(v))
