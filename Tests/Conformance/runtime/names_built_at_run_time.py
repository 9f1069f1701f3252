# Attribute and global names made at run time (not interned by the compiler)
# must find the same entries as the names written in the source.


class Box:
    pass


box = Box()
name = "".join(["val", "ue"])
setattr(box, name, 1)
print(box.value, getattr(box, "value"), hasattr(box, "va" + "lue"))
box.value = 2
print(getattr(box, name), vars(box))
vars(box)["ot" + "her"] = 3
print(box.other, sorted(vars(box)))
for i in range(12):
    setattr(box, "field%d" % i, i)
print(box.field0, box.field11, len(vars(box)))
del box.field3
print(hasattr(box, "field3"), getattr(box, "field" + "4"))

globals()["made" + "_here"] = "global made at run time"
print(made_here)


def read_made():
    return made_here


print(read_made())
namespace = {}
exec("x = 1\ny = x + 1", namespace)
print(namespace["x"], namespace["y"], namespace.get("".join("xy")))


class Str(str):
    pass


d = {Str("key"): "subclass key"}
print(d["key"], d.get(Str("key")), "key" in d)
