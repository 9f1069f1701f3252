# ExceptionGroup: except* splits a group by type, each handler sees a
# subgroup, unhandled parts propagate; split() and subgroup() by hand.
def run(group):
    try:
        raise group
    except* ValueError as eg:
        print("ValueError part:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyError part:", [repr(e) for e in eg.exceptions])


run(ExceptionGroup("batch", [ValueError("v1"), KeyError("k"), ValueError("v2")]))
try:
    run(ExceptionGroup("mixed", [ValueError("v"), TypeError("t")]))
except ExceptionGroup as rest:
    print("left over:", rest.message, [type(e).__name__ for e in rest.exceptions])

eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("nested", [TypeError(2), ValueError(3)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__,
      type(BaseExceptionGroup("e", [ValueError()])).__name__)
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
