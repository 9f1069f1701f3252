# Calling a class with the wrong number of arguments for its __init__.
class Rect:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height


print(Rect(2, 3).area())
try:
    Rect(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Rect(width=1, depth=2)
except TypeError as e:
    print("TypeError:", e)
try:
    Rect(1).area(5)
except TypeError as e:
    print("TypeError:", e)
r = Rect(4)
