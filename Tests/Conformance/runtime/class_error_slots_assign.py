# Assigning an attribute that is not among the __slots__.
class Pixel:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b


px = Pixel(1, 2, 3)
print(px.r, px.g, px.b)
px.alpha = 255
