# The co_* attributes of code objects: flags (CPython's bit values), counts, names.
def f(a, b, /, c, *args, d, **kw):
    x = 1
    def g(): return x + len(kw)
    return g
c = f.__code__
print(c.co_flags, c.co_firstlineno, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_names, c.co_cellvars, c.co_freevars, c.co_qualname)
g = f(1, 2, 3, d=4)
print(g.__code__.co_flags, g.__code__.co_freevars, g.__code__.co_names, g.__code__.co_qualname)
async def co(): pass
async def ag(): yield
def ge(): yield
print(co.__code__.co_flags, ag.__code__.co_flags, ge.__code__.co_flags, (lambda: 0).__code__.co_flags)
