# A class pattern naming something that is not a class raises TypeError at
# match time; the traceback points at the match statement.
def kind(x):
    match x:
        case str():
            return "str"
        case len():
            return "has length"
    return "nothing"


print(kind("a"))
print(kind(3))
