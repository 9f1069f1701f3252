# __prepare__ supplies the namespace the class body runs in; a dict subclass
# can watch every name the body binds, in order.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recording()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = tuple(ns.order)
        return cls


class Form(metaclass=OrderedMeta, flavour="plain"):
    name = "n"
    age = 3

    def validate(self):
        return True

    email = "e"
    name = "again"


print(Form.field_order)
print(Form.name, Form().validate())


class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class Broken(metaclass=BadMeta):
        pass
except TypeError as e:
    print("TypeError:", e)
