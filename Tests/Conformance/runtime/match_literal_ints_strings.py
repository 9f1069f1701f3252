def classify(x):
    match x:
        case 0:
            return "zero"
        case 1:
            return "one"
        case 255:
            return "byte max"
        case "hello":
            return "greeting"
        case "":
            return "empty string"
        case b"raw":
            return "bytes raw"
        case 2.5:
            return "two and a half"
        case "a" "b":
            return "implicit concat ab"
        case _:
            return "other " + repr(x)

for value in [0, 1, 255, "hello", "", b"raw", 2.5, "ab", 0.0, 1.0, "raw", b"hello", 3]:
    print(repr(value), "->", classify(value))

# literal matching uses ==, so 1.0 matches case 1 and 0.0 matches case 0
match 5:
    case 4 | 5 | 6:
        print("four-to-six")
match "x":
    case "y":
        print("no")
    case "x":
        print("x matched")
