# Pairs of instructions the VM runs as one (two local loads, a store and a
# load, a comparison and its jump): results, errors and loops stay the same.

def pairs(a, b):
    c = a + b
    d = c * 2
    return a, b, c, d, a < b, b <= a


print(pairs(3, 4), pairs(2.5, 1.5), pairs("x", "y"))


def compare_kinds(items):
    out = []
    for x in items:
        for y in items:
            if x < y:
                out.append("<")
            elif x == y:
                out.append("=")
            else:
                out.append(">")
    return "".join(out)


print(compare_kinds([1, 2.5, 2, True, -1.0]))
print(compare_kinds(["b", "a", "c"]))


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __bool__(self):
        raise ValueError("no truth")


print(compare_kinds([Loud(2), Loud(1)]))


def while_loop(n):
    i = 0
    total = 0
    while i < n:
        total += i
        i += 1
    while n > 0:
        n -= 3
    return total, n


print(while_loop(10), while_loop(0), while_loop(2.5))


def second_unbound(flag):
    if flag:
        late = 1
    first = 2
    return first + late


print(second_unbound(True))
try:
    second_unbound(False)
except UnboundLocalError as error:
    print("UnboundLocalError:", error)


def nan_jumps():
    nan = float("nan")
    seen = []
    if nan < 1.0:
        seen.append("lt")
    if not nan >= 1.0:
        seen.append("not ge")
    if nan != nan:
        seen.append("ne")
    return seen


print(nan_jumps())


def store_then_load(values):
    result = []
    for v in values:
        w = v
        result.append(w)
    return result


print(store_then_load(range(5)))


def truth_error():
    class Weird:
        def __lt__(self, other):
            return Loud(0)

    if Weird() < 1:
        return "taken"
    return "not taken"


try:
    truth_error()
except ValueError as error:
    print("ValueError:", error)


def unbound_traceback(flag):
    if flag:
        y = 1
    x = 3
    return x * y


unbound_traceback(False)
