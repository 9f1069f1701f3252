def work():
    try:
        raise ExceptionGroup("first", [ValueError("v")])
    except* ValueError:
        raise KeyError("raised in handler")

work()
