class A: pass
class B(A): pass
class C: pass
class WithCall:
    def __call__(self):
        return "called"

def f(): pass

for obj in [len, f, lambda: 0, A, A(), WithCall(), WithCall, 3, "s", print, str.upper, "s".upper, None]:
    name = obj.__name__ if hasattr(obj, "__name__") else type(obj).__name__ + " instance"
    print(name, callable(obj))

print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(B, object))
print(issubclass(B, (C, A)), issubclass(C, (A, B)), issubclass(bool, (str, int)))
print(issubclass(B, ((C,), (A,))))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(issubclass(bool, int), issubclass(int, bool))
print(isinstance(True, (str, (float, int))), isinstance(3, ()))
print(issubclass(KeyError, LookupError), issubclass(ModuleNotFoundError, ImportError))

for bad in [lambda: issubclass(3, int), lambda: issubclass(int, 3), lambda: issubclass(int, (int, 3)),
            lambda: isinstance(3, 4)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)

# __subclasscheck__ and __instancecheck__ via a metaclass
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("plain", Magic), issubclass(int, Magic), issubclass(str, Magic))
