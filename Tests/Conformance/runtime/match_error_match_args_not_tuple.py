class Q:
    __match_args__ = ["a", "b"]
    def __init__(self):
        self.a = 1
        self.b = 2

match Q():
    case Q(a=1):
        print("keyword patterns do not look at __match_args__")

match Q():
    case Q(x, y):
        print(x, y)
