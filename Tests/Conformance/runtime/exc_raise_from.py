def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise LookupError(f"cannot load {key}") from e

try:
    load("b")
except LookupError as err:
    print("error:", err)
    print("cause:", repr(err.__cause__))
    print("context is cause:", err.__context__ is err.__cause__)
    print("suppress:", err.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("replaced") from None
except ValueError as err:
    print(err, err.__cause__, repr(err.__context__), err.__suppress_context__)
