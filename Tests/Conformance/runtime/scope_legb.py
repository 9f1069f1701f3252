x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reader():
        return x
    return inner(), reader()
print(outer(), x)
def uses_builtin():
    return len("abc")
print(uses_builtin())
def shadows():
    len = lambda s: -1
    return len("abc")
print(shadows(), len("abc"))
