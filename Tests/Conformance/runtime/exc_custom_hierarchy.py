# User exception classes: hierarchy matching in except, extra attributes,
# __str__ and __repr__, args, and raise ... from for explicit causes.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key


class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason

    def __str__(self):
        return f"{self.field}: {self.reason}"


for exc in (NotFound("x"), Invalid("age", "negative"), AppError("generic"), KeyError("k")):
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.key, e.args)
    except AppError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    except LookupError as e:
        print("lookup", repr(e))


def load(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise NotFound(k) from e


try:
    load({}, "cfg")
except NotFound as e:
    print(repr(e.__cause__), e.__suppress_context__, isinstance(e.__context__, KeyError))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__, NotFound.__bases__)
