def risky():
    return {"a": 1}["b"]

try:
    risky()
except KeyError:
    print("logging and re-raising")
    raise
