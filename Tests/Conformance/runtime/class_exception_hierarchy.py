# Raising and catching through a user exception hierarchy: handlers are
# tried in order, a base class catches subclasses, tuples catch any.
class AppError(Exception):
    pass


class DbError(AppError):
    pass


class ConnError(DbError):
    pass


class QueryError(DbError):
    def __init__(self, sql):
        super().__init__(f"bad query: {sql}")
        self.sql = sql


class UiError(AppError, LookupError):
    pass


def fail(kind):
    if kind == "conn":
        raise ConnError("timeout")
    if kind == "query":
        raise QueryError("SELECT")
    if kind == "ui":
        raise UiError("button")
    if kind == "key":
        raise KeyError("k")
    return "ok"


for kind in ("conn", "query", "ui", "key", "none"):
    try:
        result = fail(kind)
    except QueryError as e:
        print(kind, "-> QueryError", e.sql, e)
    except DbError as e:
        print(kind, "-> DbError", type(e).__name__, e)
    except (AppError, KeyError) as e:
        print(kind, "-> tuple", type(e).__name__, repr(e))
    else:
        print(kind, "-> else", result)
    finally:
        print("  finally", kind)
print([c.__name__ for c in UiError.__mro__])
try:
    fail("ui")
except LookupError as e:
    print("LookupError catches UiError:", isinstance(e, AppError))
print(issubclass(ConnError, AppError), issubclass(AppError, ConnError), issubclass(QueryError, Exception))


def wrap():
    try:
        fail("conn")
    except ConnError as e:
        raise AppError("wrapped") from e


try:
    wrap()
except AppError as e:
    print(e, "cause:", repr(e.__cause__), e.__suppress_context__)
try:
    try:
        fail("query")
    except DbError:
        raise UiError("during handling")
except UiError as e:
    print(e, "context:", repr(e.__context__))
classes = (ConnError, QueryError)
try:
    fail("query")
except classes as e:
    print("caught by name tuple", type(e).__name__)


class NotAnException:
    pass


try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        fail("conn")
    except NotAnException:
        pass
except TypeError as e:
    print("TypeError:", e)
