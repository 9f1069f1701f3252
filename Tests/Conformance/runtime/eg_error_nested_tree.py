def load(name):
    raise FileNotFoundError(f"missing {name}")

def collect(names):
    errors = []
    for n in names:
        try:
            load(n)
        except OSError as e:
            errors.append(e)
    return errors

inner = ExceptionGroup("inner batch", collect(["a.txt", "b.txt"]))
outer = ExceptionGroup("outer batch", [KeyError("config"), inner, ZeroDivisionError("ratio")])
print("raising", len(outer.exceptions), "sub-exceptions")
raise outer
