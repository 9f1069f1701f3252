# try/except/else/finally ordering, return inside finally overriding,
# exceptions inside except clauses chaining as __context__.
def order(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


print(order(False), order(True))


def override():
    try:
        return "from try"
    finally:
        return "from finally"


def swallow():
    try:
        raise KeyError
    finally:
        return "swallowed"


print(override(), swallow())


def nested():
    try:
        try:
            raise TypeError("inner")
        except TypeError:
            raise ValueError("while handling")
    except ValueError as e:
        return type(e.__context__).__name__, str(e.__context__)


print(nested())


def counter():
    n = 0
    for i in range(5):
        try:
            if i == 3:
                break
        finally:
            n += 1
    return n


print(counter())
