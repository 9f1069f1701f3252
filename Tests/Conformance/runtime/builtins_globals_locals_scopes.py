x = 10
g = globals()
print(type(g).__name__, g["x"], "x" in g, g is globals())
g["created_via_globals"] = "hello"
print(created_via_globals)
print(locals() is globals())
print(sorted(k for k in globals() if not k.startswith("__")))
print(globals()["__name__"])

def func(a, b=2):
    c = a + b
    loc = locals()
    print(sorted(loc.items()))
    d = 4
    print(sorted(locals()))
    return loc

r = func(1)
print(sorted(r))

def closure():
    outer_var = "o"
    def inner():
        print("inner locals:", locals())
        return outer_var
    inner()
    def inner2():
        y = 5
        return locals()
    print("inner2 locals:", inner2())
closure()

# modifying locals() does not change real locals in a function
def no_effect():
    v = 1
    locals()["v"] = 99
    return v
print(no_effect())

class K:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)

# comprehensions see their own locals
def comp():
    return [sorted(k for k in locals() if not k.startswith(".")) for item in [1]]
print(comp())
