calls = []

class Anything:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        calls.append((self.name, other))
        return True
    def __repr__(self):
        return f"Anything({self.name})"

class Never:
    def __eq__(self, other):
        calls.append(("never", other))
        return False

class Consts:
    ANY = Anything("any")
    NEVER = Never()

def m(x):
    calls.clear()
    match x:
        case Consts.NEVER:
            r = "never?"
        case Consts.ANY:
            r = "matched ANY"
    return r, calls[:]

print(m(1))
print(m("s"))

# literal patterns compare subject == literal, so the subject's __eq__ runs
class Loose:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        calls.append(("loose", other))
        return str(self.v) == str(other)

calls.clear()
match Loose("3"):
    case 2:
        print("no")
    case 3:
        print("Loose('3') == 3 via __eq__")
print(calls)

# True/False/None use identity: __eq__ is not consulted
calls.clear()
match Anything("subject"):
    case None:
        print("matched None?!")
    case True:
        print("matched True?!")
    case _:
        print("identity patterns skipped __eq__", calls)

# __eq__ returning a non-bool is truth-tested
class Weird:
    def __eq__(self, other):
        return [1] if other == 5 else []
match Weird():
    case 4:
        print("no")
    case 5:
        print("truthy list counts as a match")
