def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k, **rest}:
            return f"key {k} with extras {sorted(rest.items())}"
        case {"type": "scroll", "delta": int(d)} if d < 0:
            return "scroll up"
        case {"type": "scroll"}:
            return "scroll other"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "pos": (1, 2), "button": "left"},
    {"pos": (3, 4), "type": "click"},
    {"type": "key", "key": "q", "shift": True, "alt": False},
    {"type": "key", "key": "w"},
    {"type": "scroll", "delta": -3},
    {"type": "scroll", "delta": 3},
    {"type": "resize"},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))

# **rest is a new dict without the matched keys, in original order
d = {"a": 1, "b": 2, "c": 3, "d": 4}
match d:
    case {"c": c, "a": a, **others}:
        print(a, c, others, type(others).__name__)
print(d)

# keys may be value patterns and literal numbers
class K:
    NAME = "name"
match {"name": "ann", 1: "one", None: "nothing", True: "yes"}:
    case {K.NAME: n, 1: o, None: z}:
        print(n, o, z)

# missing key means no match
match {"a": 1}:
    case {"a": 1, "b": _}:
        print("wrong")
    case {"a": 1}:
        print("only a")
