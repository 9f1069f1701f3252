# A data descriptor (with __set__) wins over the instance dict; a non-data
# descriptor (only __get__) is shadowed by it.
class NonData:
    def __get__(self, obj, owner):
        return "nondata from " + ("class" if obj is None else type(obj).__name__)


class Data:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get("_d", "unset")

    def __set__(self, obj, value):
        obj.__dict__["_d"] = value * 2


class Thing:
    nd = NonData()
    d = Data()


t = Thing()
print(t.nd, Thing.nd)
t.__dict__["nd"] = "instance value"
print(t.nd)
del t.__dict__["nd"]
print(t.nd)
print(t.d)
t.d = 21
print(t.d, t.__dict__)
t.__dict__["d"] = "ignored"
print(t.d)
print(type(Thing.__dict__["d"]).__name__, isinstance(Thing.d, Data))
