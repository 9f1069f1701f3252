# add_note() attaches notes shown after the message; with_traceback,
# __traceback__, and exception attributes set by the builtins.
try:
    raise ValueError("base message")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second note")
    print(e.__notes__, str(e))
try:
    {}["k"]
except KeyError as e:
    print(e.args, repr(e), str(e))
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e.name, e)
try:
    object().missing
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
s = StopIteration(5)
print(s.value, SystemExit(3).code, OSError(2, "No such file").errno)
try:
    ValueError("x").add_note(5)
except TypeError as e:
    print("TypeError:", e)
err = RuntimeError("with notes")
err.add_note("context: testing")
raise err
