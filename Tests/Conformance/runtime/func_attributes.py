def documented(a, b=1, *args, c=2, **kw):
    "Return a sum."
    x = a + b
    return x

print(documented.__name__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__code__.co_argcount, documented.__code__.co_varnames)
documented.tag = "custom"
print(documented.tag)
def nodoc():
    pass
print(nodoc.__doc__, nodoc())
