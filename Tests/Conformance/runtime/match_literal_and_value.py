# Literal patterns (numbers, strings, None, True/False compared by identity),
# value patterns (dotted names), or-patterns and the wildcard.
import math


class Color:
    RED = "red"
    GREEN = "green"


def describe(x):
    match x:
        case 0 | 0.0:
            return "zero"
        case 1:
            return "one"
        case True:
            return "true"
        case None:
            return "none"
        case "hello" | "hi":
            return "greeting"
        case Color.RED:
            return "the colour red"
        case math.pi:
            return "pi"
        case -5:
            return "minus five"
        case 2 + 3j:
            return "complex"
        case b"raw":
            return "bytes"
        case _:
            return "other " + repr(x)


for v in [0, 0.0, 1, 1.0, True, False, None, "hi", "red", math.pi, -5, 2 + 3j, b"raw", [], "RED"]:
    print(repr(v), "->", describe(v))
