# Mapping patterns: required keys, extra keys ignored, **rest capture, nested
# values, and non-string keys; get() is not used for missing keys.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} with {sorted(rest)}"
        case {"type": "scroll", "delta": int(d)} if d < 0:
            return "scroll up"
        case {"type": "scroll"}:
            return "scroll"
        case {1: one, 2: two}:
            return f"numbered {one} {two}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": [5, 6], "button": 1},
    {"type": "key", "key": "q", "shift": True, "alt": False},
    {"type": "key", "key": 5},
    {"type": "scroll", "delta": -2},
    {"type": "scroll", "delta": 2},
    {1: "a", 2: "b", 3: "c"},
    {},
    [("type", "click")],
]
for e in events:
    print(handle(e))


class Defaulting(dict):
    def __missing__(self, key):
        return "made up"


match Defaulting(a=1):
    case {"b": value}:
        print("matched b", value)
    case {"a": value}:
        print("matched a", value)
