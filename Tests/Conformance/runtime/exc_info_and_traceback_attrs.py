import sys
try:
    raise KeyError("x")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, tb.tb_lineno)
print(sys.exc_info())
try:
    int("bad")
except ValueError as e:
    print(e.__traceback__.tb_lineno, type(e.__traceback__).__name__)
