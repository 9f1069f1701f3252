# a plain exception raised in the try body is wrapped in an ExceptionGroup("", [...])
try:
    raise ValueError("naked")
except* ValueError as e:
    print(type(e).__name__, repr(e.message), e.exceptions, repr(e))
    print("inner identity kept:", type(e.exceptions[0]).__name__, e.exceptions[0].args)

# a naked exception that does not match propagates unwrapped
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("no")
except KeyError as e:
    print("propagated unwrapped:", repr(e))

# re-raising the caught group in the handler
try:
    try:
        raise TypeError("t")
    except* TypeError as e:
        raise
except ExceptionGroup as outer:
    print("bare raise re-raises the group:", repr(outer))
except TypeError as outer:
    print("bare raise re-raised naked:", repr(outer))

# raising a new exception in an except* handler
try:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise RuntimeError("new")
except (ExceptionGroup, RuntimeError) as outer:
    print("new exception:", type(outer).__name__, repr(outer), "context:", repr(outer.__context__))

# raising a new exception while part of the group is unhandled combines them
try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), KeyError("k")])
    except* ValueError:
        raise RuntimeError("new")
except ExceptionGroup as outer:
    print("combined:", repr(outer))

# except* with ExceptionGroup type is not allowed at run time
def check(tp):
    try:
        raise ValueError("x")
    except* tp:
        print("caught by", tp)

for tp in [ValueError, (ValueError, TypeError), Exception]:
    check(tp)
try:
    check(ExceptionGroup)
except TypeError as e:
    print("TypeError:", e)
