# A metaclass's __new__ and __init__ run when the class statement finishes,
# after __prepare__; class keywords reach all three.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"injected": "from prepare"}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", mcls.__name__, name, sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added_by_new"] = kw.get("flavor", "plain")
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("init", cls.__name__, type(ns).__name__)
        super().__init__(name, bases, ns)
        cls.initialized = True


class Thing(metaclass=Meta, flavor="vanilla"):
    print("body sees", injected)
    attr = 1

    def method(self):
        return "method"


print(Thing.added_by_new, Thing.initialized, Thing.injected, Thing().method())
print(type(Thing).__name__, isinstance(Thing, Meta), isinstance(Thing(), Meta))


class Child(Thing):
    pass


print(type(Child).__name__, Child.added_by_new)


class Upper(type):
    def __new__(mcls, name, bases, ns):
        upper = {k if k.startswith("__") else k.upper(): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, upper)


class Shout(metaclass=Upper):
    hello = "hi"

    def greet(self):
        return "greeting"


print(Shout.HELLO, Shout().GREET(), hasattr(Shout, "hello"))


def func_meta(name, bases, ns):
    print("function metaclass for", name)
    return "not even a class"


class Odd(metaclass=func_meta):
    pass


print(Odd)


class Counted(type):
    count = 0

    def __init__(cls, *args):
        super().__init__(*args)
        Counted.count += 1


class X(metaclass=Counted): pass
class Y(X): pass
class Z(Y): pass


print(Counted.count, Meta.__mro__[1] is type)
