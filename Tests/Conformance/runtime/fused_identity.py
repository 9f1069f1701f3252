# `x is None`, `x is not None` and `is` against other constants, on locals of
# every kind, including a jump that lands between the load and the test.

def kinds(values):
    out = []
    for v in values:
        out.append((v is None, v is not None, v is True, v is not False, v is ...))
    return out


for row in kinds([None, 0, 0.0, "", True, False, ..., [], object]):
    print(row)


def first_present(*options):
    for option in options:
        if option is not None:
            return option
    return "none"


print(first_present(None, None, 3), first_present(), first_present(None, [], 1))


def chained(a, b):
    # `(a or b) is None` evaluates the `or` first: the test follows a jump.
    return (a or b) is None, (a and b) is not None


print(chained(None, None), chained(0, None), chained(1, 2))


def unbound():
    if False:
        x = 1
    return x is None


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
