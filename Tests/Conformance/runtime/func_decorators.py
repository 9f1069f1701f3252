def shout(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper() + "!"
    return wrapper

def repeat(n):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(n)]
        return wrapper
    return deco

@shout
def hello(name):
    return "hello " + name

@repeat(3)
def roll(x):
    return x * 2

print(hello("world"))
print(roll(4))
print(hello.__name__)

def trace(f):
    calls = []
    def inner(x):
        calls.append(x)
        return f(x)
    inner.calls = calls
    return inner

@trace
@trace
def ident(x):
    return x
print(ident(1), ident(2), ident.calls)
