def show(label, g):
    if g is None:
        print(label, None)
        return
    def fmt(e):
        if isinstance(e, BaseExceptionGroup):
            return f"{type(e).__name__}({e.message!r}, [{', '.join(fmt(x) for x in e.exceptions)}])"
        return repr(e)
    print(label, fmt(g))

eg = ExceptionGroup("top", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("mid", [ValueError("v2"), KeyError("k1")]),
    ExceptionGroup("only-types", [TypeError("t2")]),
])

show("subgroup ValueError:", eg.subgroup(ValueError))
show("subgroup (TypeError, KeyError):", eg.subgroup((TypeError, KeyError)))
show("subgroup OSError:", eg.subgroup(OSError))
print("subgroup Exception is self:", eg.subgroup(Exception) is eg)
show("subgroup predicate:", eg.subgroup(lambda e: "2" in str(e)))

match_, rest = eg.split(ValueError)
show("split match:", match_)
show("split rest:", rest)
m2, r2 = eg.split(Exception)
print("split all:", m2 is eg, r2)
m3, r3 = eg.split(ZeroDivisionError)
print("split none:", m3, r3 is eg)

# split keeps __traceback__, __cause__, __context__, __notes__ on the new groups
try:
    raise ExceptionGroup("noted", [ValueError(1), TypeError(2)]) from KeyError("cause")
except ExceptionGroup as caught:
    caught.add_note("a note")
    m, r = caught.split(ValueError)
    print(repr(m.__cause__), m.__notes__, m.__traceback__ is caught.__traceback__)
    print(repr(r.__cause__), r.__notes__)

# predicate on a group receives the group too
seen = []
def pred(e):
    seen.append(type(e).__name__ + ":" + str(e).split(" (")[0])
    return False
eg.subgroup(pred)
print(seen)
