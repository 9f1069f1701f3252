# BaseExceptionGroup.__new__'s checks, the readonly attributes, split's conditions, add_note's errors
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("no args", lambda: ExceptionGroup())
attempt("three args", lambda: ExceptionGroup("a", [ValueError()], 3))
attempt("keyword", lambda: ExceptionGroup("a", [ValueError()], x=3))
attempt("only keywords", lambda: ExceptionGroup(message="a", exceptions=[ValueError()]))
attempt("a str is a sequence", lambda: ExceptionGroup("a", "ab"))
attempt("dict", lambda: ExceptionGroup("a", {ValueError(): 1}))
attempt("set", lambda: ExceptionGroup("a", {ValueError()}))
attempt("generator", lambda: ExceptionGroup("a", (x for x in [ValueError()])))
attempt("range", lambda: ExceptionGroup("a", range(2)))
attempt("class as item", lambda: ExceptionGroup("a", [ValueError]))
attempt("second item", lambda: ExceptionGroup("a", [ValueError(), 2]))
attempt("BaseExceptionGroup of a BaseException", lambda: BaseExceptionGroup("a", [GeneratorExit()]))

class MyEG(ExceptionGroup):
    pass
class MyBEG(BaseExceptionGroup):
    pass
class Both(MyBEG, Exception):
    pass
attempt("MyEG of a BaseException", lambda: MyEG("a", [GeneratorExit()]))
attempt("MyBEG of Exceptions", lambda: MyBEG("a", [ValueError()]))
attempt("MyBEG of a BaseException", lambda: MyBEG("a", [KeyboardInterrupt()]))
attempt("Both of a BaseException", lambda: Both("a", [KeyboardInterrupt()]))

class WithInit(ExceptionGroup):
    def __init__(self, message, excs, extra=None):
        super().__init__(message, excs)
        self.extra = extra
w = WithInit("w", [ValueError()], extra=5)
print(type(w).__name__, w.extra, w.args, str(w))

eg = ExceptionGroup("a", [ValueError(1)])
attempt("split(1)", lambda: eg.split(1))
attempt("split tuple with 1", lambda: eg.split((ValueError, 1)))
attempt("split builtin", lambda: eg.split(len))
attempt("split tuple", lambda: eg.split((ValueError,)))
attempt("subgroup no match", lambda: eg.subgroup(TypeError))
attempt("derive", lambda: eg.derive([ValueError(2)]))
attempt("derive empty", lambda: eg.derive([]))
attempt("derive not a sequence", lambda: eg.derive(5))
attempt("set message", lambda: setattr(eg, "message", "x"))
attempt("set exceptions", lambda: setattr(eg, "exceptions", ()))
attempt("exceptions is one tuple", lambda: eg.exceptions is eg.exceptions)
attempt("mro", lambda: ExceptionGroup.__mro__)
attempt("bases", lambda: ExceptionGroup.__bases__)
attempt("base", lambda: ExceptionGroup.__base__)
attempt("str of a BaseExceptionGroup", lambda: str(BaseExceptionGroup("m", [KeyboardInterrupt()])))
attempt("repr with a tuple", lambda: repr(ExceptionGroup("m", (ValueError(),))))

attempt("note bytes", lambda: ValueError().add_note(b"x"))
def notes_tuple():
    e = ValueError()
    e.__notes__ = (1,)
    e.add_note("x")
attempt("notes a tuple", notes_tuple)
attempt("note missing", lambda: ValueError().add_note())
attempt("two notes", lambda: ValueError().add_note("a", "b"))

# exceptions hash by identity
a, b = ValueError(1), ValueError(1)
print(len({a, b, a}), {a: "x"}[a])
