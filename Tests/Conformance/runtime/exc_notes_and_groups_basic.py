try:
    raise ValueError("with note")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second note")
    print(e.__notes__)
eg = ExceptionGroup("several", [ValueError("v"), TypeError("t")])
print(eg, len(eg.exceptions), [type(x).__name__ for x in eg.exceptions])
try:
    raise eg
except* ValueError as g:
    print("value group", g.exceptions)
except* TypeError as g:
    print("type group", g.exceptions)
