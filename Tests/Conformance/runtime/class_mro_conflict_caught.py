# Inconsistent hierarchies and duplicate bases raise TypeError at class
# creation; the messages list the bases that conflict.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass

try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class D(X, A): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class E(X, X): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class F(object, X): pass
except TypeError as e:
    print("TypeError:", e)

class G(A, X): pass
print([k.__name__ for k in G.__mro__])

try:
    type("T", (A, B), {})
except TypeError as e:
    print("TypeError:", e)

try:
    class K(bool): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class L(int, str): pass
except TypeError as e:
    print("TypeError:", e)
print("done")
