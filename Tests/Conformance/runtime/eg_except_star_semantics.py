import sys

# a naked BaseException is wrapped in a BaseExceptionGroup; sys.exc_info() is the match
try:
    raise KeyboardInterrupt()
except* KeyboardInterrupt as e:
    print(type(e).__name__, repr(e), sys.exc_info()[1] is e)
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print(sys.exc_info()[1] is e, repr(sys.exc_info()[1]))
except* TypeError as e:
    print(sys.exc_info()[1] is e, repr(e))
print(sys.exc_info())

# what except* accepts
for bad in [int, (ValueError, ExceptionGroup), BaseExceptionGroup, (ValueError, (TypeError,))]:
    try:
        try:
            raise ValueError()
        except* bad:
            pass
    except TypeError as t:
        print("TypeError:", t)

# derive must give a group; a predicate's error propagates
class NotAGroup(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")
try:
    NotAGroup("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as t:
    print("TypeError:", t)
def boom(e):
    raise RuntimeError("predicate failed")
try:
    ExceptionGroup("p", [ValueError()]).subgroup(boom)
except RuntimeError as r:
    print("RuntimeError:", r)

# except* in a loop and in a generator
for i in range(3):
    try:
        if i == 1:
            raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError as e:
        print("loop caught", e.exceptions)
def gen():
    try:
        raise ExceptionGroup("gen", [KeyError("k")])
    except* KeyError as e:
        yield repr(e)
    yield "after"
print(list(gen()))

# split parts share the original's traceback object; their context is suppressed
try:
    raise ExceptionGroup("tb", [ValueError(1), TypeError(2)])
except ExceptionGroup as g:
    m, r = g.split(ValueError)
    print(m.__traceback__ is g.__traceback__, r.__traceback__ is g.__traceback__, g.__traceback__ is g.__traceback__)
    print(m.__suppress_context__, g.__suppress_context__)

# bare raise of the match re-raises it as part of the original; raise m is a new raise
def reraise(how):
    g = ExceptionGroup("g", [ValueError(1), TypeError(2)])
    g.add_note("n")
    try:
        try:
            raise g
        except* ValueError as m:
            if how == "bare":
                raise
            raise m
    except ExceptionGroup as w:
        print(how, repr(w), w is g, getattr(w, "__notes__", None))
reraise("bare")
reraise("named")

# groups made by except* keep no context from the code that handles them
def naked():
    try:
        raise ValueError("v")
    except* ValueError:
        raise
def mixed():
    try:
        raise ExceptionGroup("g", [ValueError("v"), KeyError("k")])
    except* ValueError:
        raise RuntimeError("new")
try:
    1 / 0
except ZeroDivisionError:
    for f in (naked, mixed):
        try:
            f()
        except BaseException as e:
            print(repr(e), repr(e.__context__))
