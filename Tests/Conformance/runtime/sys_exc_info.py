import sys
print(sys.exc_info())
try:
    raise ValueError("inside")
except ValueError:
    etype, value, tb = sys.exc_info()
    print(etype.__name__, value, type(tb).__name__)
    try:
        raise KeyError("nested")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def helper():
    return sys.exc_info()[1]
try:
    1 / 0
except ZeroDivisionError:
    print(repr(helper()))
