# Subclasses of float.
class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}C"

    def to_f(self):
        return Celsius(self * 9 / 5 + 32)


c = Celsius(21.5)
print(c, repr(c), str(c), c.to_f(), c + 1, type(c + 1).__name__, c.is_integer())
print(c == 21.5, c > 20, int(c), round(c), f"{c:.3f}", float(c), type(float(c)).__name__)


class Pos(float):
    def __new__(cls, v):
        if float(v) < 0:
            raise ValueError("negative: " + repr(v))
        return super().__new__(cls, v)


print(Pos(2), Pos("3.25"))
try:
    Pos(-1.0)
except ValueError as e:
    print("ValueError:", e)


class F(float):
    pass


print(F(), F("inf"), F(1) / 3, F(7) // 2, F(7) % 2, -F(2), abs(F(-2.5)), F(2) ** 0.5)
print(sorted([F(3), 1.5, F(2)]), max(F(1), 2), hash(F(1.5)) == hash(1.5), {1.5: "x"}[F(1.5)])
print(F(1.5).hex(), F.fromhex("0x1p1"), type(F.fromhex("0x1p1")).__name__)
