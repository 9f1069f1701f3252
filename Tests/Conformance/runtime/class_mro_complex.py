# The textbook C3 example (K1, K2, K3, Z) and a few deeper hierarchies.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


def show(cls):
    print(cls.__name__, "->", " ".join(k.__name__ for k in cls.mro()))


for cls in (K1, K2, K3, Z):
    show(cls)


class F: pass
class Ex(F): pass
class G(F): pass
class H(Ex, G): pass
class I(G, F): pass
class J(H, I): pass


show(H)
show(I)
show(J)


class Meta(type):
    def mro(cls):
        order = super().mro()
        print("custom mro for", cls.__name__)
        return order[:1] + order[1:][::-1]


class P: pass
class Q: pass
class R(P, Q, metaclass=Meta): pass


show(R)
print([k.__name__ for k in R.__mro__])
print(type.mro(R) == [R, P, Q, object])
print(int.__mro__, bool.mro())
