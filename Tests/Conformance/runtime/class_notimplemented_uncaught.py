# When both sides return NotImplemented, Python raises TypeError with the
# operator and both type names; here the last one is not caught.
class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Meters):
            return self.v < other.v
        return NotImplemented


class Seconds:
    def __radd__(self, other):
        return NotImplemented


print((Meters(1) + Meters(2)).v, Meters(1) < Meters(2))
for attempt in (lambda: Meters(1) + 1, lambda: Meters(1) + Seconds(), lambda: Meters(1) < 3,
                lambda: Meters(1) @ Meters(2), lambda: Meters(1) ** 2):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
print(sorted([Meters(3), Meters(1)])[0].v)
sorted([Meters(1), 2])
