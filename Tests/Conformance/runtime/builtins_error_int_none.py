print(int("5"), int(5.9), int(True))
def lookup(key):
    return {"a": "1"}.get(key)
print(int(lookup("a")))
print(int(lookup("b")))
