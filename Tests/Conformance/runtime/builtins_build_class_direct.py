# __build_class__(func, name, *bases, **kwds) is what the class statement calls.
# A plain function body does not fill the namespace (its locals are fast locals),
# but the call protocol, bases, metaclass and keywords are all observable.
calls = []

def body():
    calls.append("body called")

Built = __build_class__(body, "Built")
print(type(Built).__name__, Built.__name__, Built.__qualname__, Built.__bases__, calls)
print(sorted(k for k in vars(Built) if not k.startswith("__")))
Built.x = 5
print(Built().x)

class Base:
    def hello(self):
        return "hello from " + type(self).__name__

Derived = __build_class__(body, "Derived", Base)
print(Derived.__name__, [c.__name__ for c in Derived.__mro__], Derived().hello())

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("  Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("  Meta.__prepare__", name, kw)
        return {"prepared": True}

WithMeta = __build_class__(body, "WithMeta", metaclass=Meta, tag="t")
print(type(WithMeta).__name__, WithMeta.prepared, WithMeta.kw)

# metaclass is inferred from the bases
Inferred = __build_class__(body, "Inferred", WithMeta)
print(type(Inferred).__name__, Inferred.prepared)

# errors
for args in [(), (body,), (1, "X"), (body, 5)]:
    try:
        __build_class__(*args)
    except TypeError as e:
        print("TypeError:", e)

# the class statement uses the same machinery
class Regular(Base, metaclass=Meta, option=1):
    y = 2
print(Regular.y, Regular.prepared, Regular().hello(), len(calls))
