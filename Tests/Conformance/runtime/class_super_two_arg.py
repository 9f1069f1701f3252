# Two-argument super(type, obj_or_type) starts the look-up after `type` in
# the MRO of the second argument.
class A:
    def f(self):
        return "A.f"

    @classmethod
    def c(cls):
        return "A.c(" + cls.__name__ + ")"


class B(A):
    def f(self):
        return "B.f"


class C(B):
    def f(self):
        return "C.f"

    def skip(self):
        return super(B, self).f(), super(C, self).f()


c = C()
print(c.skip())
print(super(C, c).f(), super(B, c).f())
print(super(C, C).c(), super(B, C).c())
print(super(C, C).f(c))
s = super(B, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
try:
    super(C, A())
except TypeError as e:
    print("TypeError:", e)
try:
    super(C, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    super(A, c).nothing
except AttributeError as e:
    print("AttributeError:", e)


def outside(self):
    return super(C, self).f()


print(outside(c))


class D(C):
    def f(self):
        return "D.f"


print(super(C, D()).f(), super(A, D()).__class__.__name__)
try:
    super(1, c)
except TypeError as e:
    print("TypeError:", e)
