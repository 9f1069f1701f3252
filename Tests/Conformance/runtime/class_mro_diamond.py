# C3 linearization for diamonds and wider multiple inheritance.
class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


def names(cls):
    return [k.__name__ for k in cls.__mro__]


print(names(D))
print(D().who())
print([k.__name__ for k in D.mro()], type(D.mro()).__name__, type(D.__mro__).__name__)


class E(C, B):
    pass


print(names(E), E().who())


class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass


print(names(Z), names(W))


class M1(X): pass
class M2(M1, Y): pass
class M3(X, Y): pass
class M4(M2, M3): pass


print(names(M4))
print(D.__bases__ == (B, C), len(D.__mro__))


class Attr1:
    v = "one"


class Attr2:
    v = "two"
    w = "w2"


class Both(Attr1, Attr2):
    pass


print(Both.v, Both.w, Both().v)
