def tasks():
    raise ExceptionGroup("tasks failed", [
        ValueError("bad value"),
        KeyError("missing"),
        TypeError("bad type"),
    ])

try:
    tasks()
except* ValueError as e:
    print("handled", e.exceptions)
except* TypeError as e:
    print("handled", e.exceptions)
print("not reached")
