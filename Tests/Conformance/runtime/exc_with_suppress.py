class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__)
            return True
        return False

with Suppress(KeyError):
    {}["x"]
print("after first")
with Suppress(KeyError, IndexError) as value:
    [][0]
print("value is", value)
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
