log = []

def g(label, result):
    log.append(label)
    return result

def run(x):
    log.clear()
    match x:
        case [a, b] if g("guard1", a > b):
            out = "descending pair"
        case [a, b] if g("guard2", a == b):
            out = "equal pair"
        case [a, *_] if g("guard3", a == 0):
            out = "starts with zero"
        case int() if g("guard4", x % 2 == 0):
            out = "even"
        case int():
            out = "odd"
        case _ if g("guard5", True):
            out = "fallback"
    return out, list(log)

for v in [[2, 1], [1, 1], [1, 2], [0, 5, 6], 4, 5, "s"]:
    print(v, run(v))

# guards can see captured names and use walrus
def w(x):
    match x:
        case (a, b) if (s := a + b) > 10:
            return f"sum {s} big"
        case (a, b):
            return f"sum small, a={a}"
print(w((5, 6)), w((1, 2)))

# the subject is evaluated exactly once
count = 0
def subject():
    global count
    count += 1
    return [count, count]
match subject():
    case [2, 2]:
        print("no")
    case [1, x] if x == 1:
        print("subject evaluated", count, "time(s)")

# a guard that raises propagates
try:
    match 3:
        case n if n / 0:
            pass
except ZeroDivisionError as e:
    print("guard raised", e)
