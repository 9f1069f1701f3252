def attempt(excs):
    try:
        try:
            raise ExceptionGroup("work", excs)
        except* ValueError as e:
            print("  handled", len(e.exceptions), "ValueError(s)")
        except* TypeError as e:
            print("  handled", len(e.exceptions), "TypeError(s)")
    except ExceptionGroup as rest:
        print("  remainder:", repr(rest))
    else:
        print("  everything handled")

attempt([ValueError(1), TypeError(2)])
attempt([ValueError(1), KeyError("a"), OSError("b")])
attempt([KeyError("only")])
attempt([ValueError(1), ExceptionGroup("sub", [TypeError(3), ZeroDivisionError("z")])])

# a handler that raises joins the remainder in a new group
try:
    try:
        raise ExceptionGroup("orig", [ValueError("v"), KeyError("k")])
    except* ValueError:
        raise OSError("from handler")
except ExceptionGroup as g:
    print(repr(g))
    print([type(x).__name__ for x in g.exceptions])

# returning from the handler? not allowed; break/continue neither; but exceptions in
# finally after except* work normally
def f():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        print("  in handler")
    finally:
        print("  in finally")
    return "f returned"
print(f())

# nested except* inside except*
try:
    raise ExceptionGroup("a", [ValueError("outer")])
except* ValueError:
    try:
        raise ExceptionGroup("b", [TypeError("inner")])
    except* TypeError as inner:
        print("inner caught", inner.exceptions)
