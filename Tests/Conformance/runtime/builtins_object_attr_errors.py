o = object()
for action in [lambda: setattr(o, "x", 1), lambda: o.missing, lambda: delattr(o, "x"),
               lambda: getattr(o, "nope"), lambda: object().__dict__]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)

print(getattr(o, "nope", "fallback"), hasattr(o, "__class__"), type(o).__name__)
print(o == o, o != object(), isinstance(o, object), str(o)[:8])

class Plain:
    pass
p = Plain()
setattr(p, "dynamic", 5)
print(p.dynamic, getattr(p, "dynamic"), hasattr(p, "dynamic"))
delattr(p, "dynamic")
print(hasattr(p, "dynamic"))
try:
    del p.dynamic
except AttributeError as e:
    print("AttributeError:", e)
try:
    Plain.nothing
except AttributeError as e:
    print("AttributeError:", e)

class Slots:
    __slots__ = ("a",)
s = Slots()
try:
    s.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b = 1
except AttributeError as e:
    print("AttributeError:", e)
s.a = 1
print(s.a)

for target in [1, "s", [], None, 2.5]:
    try:
        target.new_attr = 1
    except AttributeError as e:
        print("AttributeError:", e)

try:
    setattr(p, 5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    getattr(p, None)
except TypeError as e:
    print("TypeError:", e)
