# Functions found on a class bind to instances: bound methods, __self__,
# __func__, equality, and access through the class as plain functions.
class C:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def __repr__(self):
        return f"C({self.n})"


a = C(1)
b = C(2)
m = a.get
print(m(), m.__self__, m.__func__ is C.get, type(m).__name__)
print(repr(m))
print(C.get(b), type(C.get).__name__)
print(a.get == a.get, a.get == b.get, a.get is a.get)
print(repr(C.get).split(" at ")[0])
unbound = C.get
print(unbound(C(9)))
try:
    C.get()
except TypeError as e:
    print("TypeError:", e)
try:
    a.get(1)
except TypeError as e:
    print("TypeError:", e)
methods = [x.get for x in (C(3), C(4), C(5))]
print([f() for f in methods])
a.get = lambda: "instance attribute"
print(a.get(), b.get())
del a.get
print(a.get())
bm = C.get.__get__(b, C)
print(bm(), bm.__self__)
print(C.get.__get__(None, C) is C.get)
print(len.__self__.__name__ if hasattr(len, "__self__") else "-", [].append.__self__, "xy".upper.__name__)
print(hash(a.get) == hash(a.get))
