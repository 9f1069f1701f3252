# A generator freed while suspended inside try/finally or with is closed:
# its finally block runs where its last reference goes (break, del,
# rebinding, the end of a function, the end of the program).
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False

def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("finally", tag)

def lines(name):
    with Resource(name):
        yield "first"
        yield "second"

for n in numbers("loop"):
    if n == 2:
        break
print("after break")

x = numbers("del")
next(x)
del x
print("after del")

y = numbers("rebind")
next(y)
y = numbers("second rebind")
print("after rebind")

def use():
    it = lines("file")
    print(next(it))
    return "use returned"

print(use())

def plain():
    yield 1
    yield 2

p = plain()
next(p)
p = None
print("plain generators need no closing")

def stubborn():
    try:
        yield 1
    finally:
        print("stubborn finally")

s = stubborn()
next(s)
print("end of program")
