class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Codes:
    class Http:
        OK = 200
        NOT_FOUND = 404

import math

def name(c):
    match c:
        case Color.RED:
            return "it's red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case Codes.Http.OK:
            return "http ok"
        case Codes.Http.NOT_FOUND:
            return "http not found"
        case math.pi:
            return "pi"
        case _:
            return "unknown"

for v in ["red", "green", "blue", 200, 404, math.pi, 3.14, "RED"]:
    print(repr(v), name(v))

# value patterns are looked up at match time
Color.RED = "crimson"
print(name("crimson"), name("red"))

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  Eq.__eq__ called with", other)
        return self.v == other

class Holder:
    X = Eq(5)

match 5:
    case Holder.X:
        print("matched via __eq__")
