eg = ExceptionGroup("several", [ValueError("v"), TypeError("t")])
print(type(eg).__name__, eg.message, repr(eg.message))
print(eg.exceptions, type(eg.exceptions).__name__)
print(str(eg))
print(repr(eg))
print(eg.args)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))

one = ExceptionGroup("one", [KeyError("k")])
print(str(one))

# BaseExceptionGroup with only Exceptions becomes an ExceptionGroup
beg = BaseExceptionGroup("base", [ValueError(1)])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(2)])
print(type(beg2).__name__, isinstance(beg2, Exception), str(beg2))

# construction errors
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("empty", lambda: ExceptionGroup("m", []))
attempt("not a sequence", lambda: ExceptionGroup("m", ValueError()))
attempt("non-exception item", lambda: ExceptionGroup("m", [1]))
attempt("message not str", lambda: ExceptionGroup(1, [ValueError()]))
attempt("base in ExceptionGroup", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("tuple ok", lambda: ExceptionGroup("m", (ValueError(),)))

# exceptions keeps the given order and identity
a, b = OSError("a"), OSError("b")
g = ExceptionGroup("ids", [b, a])
print(g.exceptions[0] is b, g.exceptions[1] is a)

# nested groups count as one sub-exception each
nested = ExceptionGroup("outer", [ValueError("x"), ExceptionGroup("inner", [TypeError("y"), KeyError("z")])])
print(str(nested), len(nested.exceptions), str(nested.exceptions[1]))
