class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

def describe(s):
    match s:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=zz):
            return f"3d point {x} {y} {zz}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Circle(Point(cx, cy), radius=r) if r > 10:
            return f"big circle at {cx},{cy}"
        case Circle(center=Point(x=cx), radius=r):
            return f"circle x={cx} r={r}"
        case Point():
            return "some point"
        case _:
            return "not a shape"

for s in [Point(0, 0), Point(0, 5), Point(7, 0), Point(1, 1), Point3(0, 0, 0), Point3(1, 2, 3),
          Circle(Point(1, 2), 20), Circle(Point(3, 4), 2), "point"]:
    print(describe(s))

# keyword-only sub-patterns work without __match_args__
class Bare:
    def __init__(self):
        self.a = 1
        self.b = 2

match Bare():
    case Bare(a=1, b=bb):
        print("bare with b", bb)

# missing attribute means no match (not an error)
match Bare():
    case Bare(c=_):
        print("wrong")
    case Bare(a=1):
        print("no c attribute, fell through")
