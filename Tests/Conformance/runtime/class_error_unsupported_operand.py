# Adding two user objects whose classes define no __add__/__radd__.
class Meters:
    def __init__(self, v):
        self.v = v


class Feet:
    def __init__(self, v):
        self.v = v


total = Meters(3).v + Feet(2).v
print(total)
print(Meters(3) + Feet(2))
