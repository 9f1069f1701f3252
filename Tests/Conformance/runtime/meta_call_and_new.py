# A metaclass's __new__ and __init__ run when the class statement executes;
# its __call__ runs when the class is called (making instances).
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        instance = super().__call__(*args, **kwargs)
        instance.made_by = "Meta"
        return instance


class Base(metaclass=Meta, tag="base"):
    def __init__(self, v):
        self.v = v

    def show(self):
        return self.v


class Child(Base):
    extra = 1


b = Base(1)
c = Child(v=2)
print(b.v, b.made_by, c.v, c.tag, Base.tag)
print(type(Base).__name__, type(Child).__name__, isinstance(Child, Meta))
