e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__, type(e.__notes__).__name__)

try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)

# __notes__ can be assigned directly
k = KeyError("k")
k.__notes__ = ["set directly"]
k.add_note("appended")
print(k.__notes__)

# notes survive raise/catch
def fail():
    try:
        int("x")
    except ValueError as exc:
        exc.add_note("while parsing config")
        raise
try:
    fail()
except ValueError as caught:
    print(caught, caught.__notes__)

# notes on groups and their members
g = ExceptionGroup("grp", [TypeError("t")])
g.add_note("group note")
g.exceptions[0].add_note("member note")
print(g.__notes__, g.exceptions[0].__notes__)

# str() and repr() are not affected by notes
print(str(e), repr(e))

# notes on a caught group split by except*
try:
    try:
        raise g
    except* TypeError as part:
        print("part notes:", part.__notes__, part.exceptions[0].__notes__)
        raise
except ExceptionGroup as whole:
    print("reraised is original:", whole is g)
