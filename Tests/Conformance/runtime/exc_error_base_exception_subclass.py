class Stop(BaseException):
    pass

try:
    raise Stop("caught as BaseException")
except BaseException as e:
    print("caught:", e, isinstance(e, Exception))
raise Stop("custom base exception")
