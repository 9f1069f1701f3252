class P:
    __match_args__ = ("x",)
    def __init__(self, x, y):
        self.x = x
        self.y = y

def check(p):
    match p:
        case P(1):
            return "x is one"
        case P(a, b):
            return "two?"

print(check(P(1, 2)))
print(check(P(3, 4)))
