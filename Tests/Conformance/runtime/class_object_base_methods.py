# The methods every class inherits from object, called directly and through
# super(): __dir__, __eq__/__ne__ and the orderings (NotImplemented),
# __subclasshook__, __init_subclass__, __format__, __repr__ and __str__.
class Tagged:
    kind = "tag"

    def __init__(self):
        self.value = 1

    def __dir__(self):
        return ["virtual"] + super().__dir__()

    def __repr__(self):
        return "Tagged(" + object.__repr__(self).split(" object")[0].lstrip("<") + ")"


t = Tagged()
names = dir(t)
print(names[:1] == ["__class__"], "virtual" in names, "value" in names, "kind" in names)
print(sorted(object.__dir__(t))[:3], "virtual" in object.__dir__(t))
print(object.__eq__(t, t), object.__eq__(t, 1), object.__ne__(t, t), object.__ne__(t, 2))
print(object.__lt__(t, t), object.__ge__(1, 2), object.__subclasshook__(), Tagged.__subclasshook__())
print(repr(t), object.__str__(t) == repr(t), format(t, ""), object.__format__(t, ""))
try:
    format(t, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    t < t
except TypeError as e:
    print("TypeError:", e)
print(object.__init_subclass__() is None, object().__class__.__name__, type(object.__dir__).__name__ != "")
print(sorted(n for n in dir(object) if n in ("__dir__", "__lt__", "__subclasshook__", "__dict__", "__weakref__")))
