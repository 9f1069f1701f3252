def f(x):
    match x:
        case 0: return "zero"
        case [a, b, *rest]: return f"seq {a} {b} {rest}"
        case {"k": v, **kw}: return f"map {v} {kw}"
        case str() as s if len(s) > 2: return "long str"
        case int(n) | float(n): return f"num {n}"
        case _: return "other"
for v in [0, [1,2,3], {"k":1,"z":2}, "abcd", 5, 2.5, None]:
    print(f(v))
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
match P(1, 2):
    case P(1, y=yy): print("P", yy)
