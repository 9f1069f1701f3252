# __delete__ handles `del obj.attr`; a descriptor with only __delete__ is still
# a data descriptor. Class-level access calls __get__ with obj None.
class Logged:
    def __init__(self):
        self.store = {}

    def __get__(self, obj, owner):
        if obj is None:
            return "class access via " + owner.__name__
        return self.store.get(id(obj), "missing")

    def __set__(self, obj, value):
        print("set", value)
        self.store[id(obj)] = value

    def __delete__(self, obj):
        print("delete")
        self.store.pop(id(obj), None)


class Holder:
    attr = Logged()


h = Holder()
print(Holder.attr)
print(h.attr)
h.attr = 10
print(h.attr)
del h.attr
print(h.attr)
del h.attr


class OnlyDelete:
    def __delete__(self, obj):
        print("OnlyDelete.__delete__")


class K:
    od = OnlyDelete()


k = K()
print(type(k.od).__name__)
try:
    k.od = 1
except AttributeError as e:
    print("AttributeError:", e)
del k.od
del Holder.attr
print(hasattr(Holder, "attr"), h.__dict__)


class NoDelete:
    def __get__(self, obj, owner):
        return 1

    def __set__(self, obj, value):
        pass


class N:
    nd = NoDelete()


try:
    del N().nd
except AttributeError as e:
    print("AttributeError:", e)
