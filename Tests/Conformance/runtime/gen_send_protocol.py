def accumulator():
    total = 0
    count = 0
    while True:
        value = yield total
        if value is None:
            print("  got None, total stays", total)
            continue
        total += value
        count += 1
        if count == 4:
            return total * 100

acc = accumulator()
print("first next:", next(acc))
for v in [5, None, 10, 1]:
    print("send", v, "->", acc.send(v))
try:
    acc.send(4)
except StopIteration as e:
    print("finished with value", e.value, "args", e.args)

# after finishing, send raises StopIteration with no value
try:
    acc.send(1)
except StopIteration as e:
    print("exhausted:", e.value, e.args)

# next(g) is the same as g.send(None)
def echo():
    while True:
        got = yield
        print("  echo got", repr(got))

e = echo()
e.send(None)
next(e)
e.send("x")
e.send([1, 2])

# send to just-started generator with non-None
f = echo()
try:
    f.send(1)
except TypeError as err:
    print("TypeError:", err)
f.send(None)
f.send("now fine")
