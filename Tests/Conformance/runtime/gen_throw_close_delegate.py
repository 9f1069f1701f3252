def inner():
    try:
        yield 1
    except ValueError:
        yield "caught"
    finally:
        print("inner finally")
def outer():
    r = yield from inner()
    print("r", r)
g = outer(); next(g); print(g.throw(ValueError))
g.close()
print("closed")
def sub():
    x = yield 1
    print("got", x)
    return 5
def outer2():
    r = yield from sub()
    print("r", r)
    yield 9
g = outer2(); next(g); print(g.send("hi"))
