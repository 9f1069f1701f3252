# Assigning an attribute that __slots__ does not declare is an
# AttributeError; uncaught, it ends the program.
class Pixel:
    __slots__ = ("x", "y", "colour")

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.colour = "black"


p = Pixel(1, 2)
print(p.x, p.y, p.colour)
p.alpha = 0.5
