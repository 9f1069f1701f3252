# A 3-component vector with full operator overloading: arithmetic, reflected
# and in-place forms, comparisons, hashing, container protocol, formatting
# and conversions.
import math


class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components):
        if len(components) == 1 and not isinstance(components[0], (int, float)):
            components = tuple(components[0])
        self._c = tuple(components)

    @classmethod
    def zero(cls, n):
        return cls(*([0] * n))

    def _coerce(self, other):
        if isinstance(other, Vector):
            if len(other) != len(self):
                raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
            return other._c
        if isinstance(other, (int, float)):
            return (other,) * len(self)
        return None

    def _binary(self, other, op, reflected=False):
        oc = self._coerce(other)
        if oc is None:
            return NotImplemented
        pairs = zip(oc, self._c) if reflected else zip(self._c, oc)
        return Vector(*(op(a, b) for a, b in pairs))

    def __add__(self, o): return self._binary(o, lambda a, b: a + b)
    def __radd__(self, o): return self._binary(o, lambda a, b: a + b, True)
    def __sub__(self, o): return self._binary(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._binary(o, lambda a, b: a - b, True)
    def __truediv__(self, o): return self._binary(o, lambda a, b: a / b)
    def __rtruediv__(self, o): return self._binary(o, lambda a, b: a / b, True)
    def __floordiv__(self, o): return self._binary(o, lambda a, b: a // b)
    def __mod__(self, o): return self._binary(o, lambda a, b: a % b)
    def __pow__(self, o): return self._binary(o, lambda a, b: a ** b)

    def __mul__(self, o):
        if isinstance(o, Vector):
            return NotImplemented
        return self._binary(o, lambda a, b: a * b)

    __rmul__ = __mul__

    def __matmul__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return sum(a * b for a, b in zip(self._c, self._coerce(o)))

    def __iadd__(self, o):
        print("  (in-place add)")
        result = self + o
        if result is NotImplemented:
            return NotImplemented
        self._c = result._c
        return self

    def __neg__(self): return Vector(*(-a for a in self._c))
    def __pos__(self): return Vector(*self._c)
    def __abs__(self): return math.sqrt(sum(a * a for a in self._c))
    def __bool__(self): return any(self._c)
    def __len__(self): return len(self._c)
    def __iter__(self): return iter(self._c)
    def __contains__(self, x): return x in self._c
    def __reversed__(self): return Vector(*reversed(self._c))

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self._c[i])
        return self._c[i]

    def __eq__(self, o):
        if isinstance(o, Vector):
            return self._c == o._c
        if isinstance(o, tuple):
            return self._c == o
        return NotImplemented

    def __lt__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return abs(self) < abs(o)

    def __le__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return abs(self) <= abs(o)

    def __hash__(self):
        return hash(self._c)

    def __repr__(self):
        return f"Vector({', '.join(repr(a) for a in self._c)})"

    def __str__(self):
        return "(" + ", ".join(str(a) for a in self._c) + ")"

    def __format__(self, spec):
        return "<" + ", ".join(format(a, spec) for a in self._c) + ">"

    def cross(self, o):
        a1, a2, a3 = self
        b1, b2, b3 = o
        return Vector(a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1)

    def normalized(self):
        n = abs(self)
        if n == 0:
            raise ZeroDivisionError("cannot normalize the zero vector")
        return self / n


v = Vector(1, 2, 3)
w = Vector([4, 5, 6])
print(v, repr(w), len(v), list(v), v[0], v[-1], v[1:], 2 in v, 7 in v)
print(v + w, v - w, v * 2, 3 * v, v / 2, 12 / w, w // 4, w % 4, v ** 2)
print(v + 1, 10 - v, v @ w, v.cross(w), -v, +v == v, +v is v)
print(abs(Vector(3, 4)), bool(Vector.zero(3)), bool(v), reversed(v))
print(v == (1, 2, 3), v == Vector(1, 2, 3), v != w, v == "v", v < w, w <= v, max(v, w), sorted([w, v]))
print(f"{v:5.2f}", format(w, "03d"), str(Vector(0.5, 1.25, 2)), "%s|%r" % (v, v))
print(hash(v) == hash(Vector(1, 2, 3)), len({v, Vector(1, 2, 3), w}), {v: "v"}[Vector(1, 2, 3)])
u = v
u += w
print(u, v, u is v)
u += 1
print(u)
try:
    v * w
except TypeError as e:
    print("TypeError:", e)
try:
    v + "str"
except TypeError as e:
    print("TypeError:", e)
try:
    v + Vector(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    u += "bad"
except TypeError as e:
    print("TypeError:", e)
try:
    v < 3
except TypeError as e:
    print("TypeError:", e)
try:
    Vector.zero(3).normalized()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    v.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
n = Vector(3, 0, 4).normalized()
print(n, abs(n), round(abs(Vector(1, 1, 1)), 6))
print(sum([v, w, Vector(1, 1, 1)], Vector.zero(3)), sum([Vector(1, 2, 3)] * 3, Vector.zero(3)))
a, b, c = Vector(7, 8, 9)
print(a, b, c, [x * 2 for x in Vector(1, 2, 3)], dict(zip("xyz", Vector(1, 2, 3))))
basis = [Vector(1, 0, 0), Vector(0, 1, 0), Vector(0, 0, 1)]
print([[bi @ bj for bj in basis] for bi in basis])
print(basis[0].cross(basis[1]) == basis[2], basis[1].cross(basis[0]))
