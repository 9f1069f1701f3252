# A tokenizer, a recursive-descent parser building node classes, and an
# evaluator and simplifier written with match statements over those nodes.
class Node:
    __match_args__ = ()

    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    def __hash__(self):
        return hash((type(self).__name__,) + tuple(vars(self).values()))


class Num(Node):
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return repr(self.value)


class Var(Node):
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


class BinOp(Node):
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def __repr__(self):
        return f"({self.left!r} {self.op} {self.right!r})"


class Call(Node):
    __match_args__ = ("func", "args")

    def __init__(self, func, args):
        self.func, self.args = func, tuple(args)

    def __repr__(self):
        return f"{self.func}({', '.join(map(repr, self.args))})"


class ParseError(Exception):
    pass


def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(("num", float(text[i:j]) if "." in text[i:j] else int(text[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        elif c in "+-*/^(),":
            tokens.append(("op", c))
            i += 1
        else:
            raise ParseError(f"unexpected {c!r} at {i}")
    return tokens


class Parser:
    PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

    def __init__(self, text):
        self.tokens = tokenize(text)
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self):
        token = self.peek()
        self.pos += 1
        return token

    def parse(self):
        node = self.expression(0)
        if self.peek()[0] != "end":
            raise ParseError(f"trailing {self.peek()[1]!r}")
        return node

    def expression(self, minimum):
        left = self.atom()
        while True:
            kind, op = self.peek()
            if kind != "op" or op not in self.PRECEDENCE or self.PRECEDENCE[op] < minimum:
                return left
            self.take()
            next_min = self.PRECEDENCE[op] + (0 if op == "^" else 1)
            left = BinOp(op, left, self.expression(next_min))

    def atom(self):
        match self.take():
            case ("num", value):
                return Num(value)
            case ("op", "-"):
                return BinOp("-", Num(0), self.atom())
            case ("op", "("):
                node = self.expression(0)
                if self.take() != ("op", ")"):
                    raise ParseError("expected )")
                return node
            case ("name", name) if self.peek() == ("op", "("):
                self.take()
                args = []
                while self.peek() != ("op", ")"):
                    args.append(self.expression(0))
                    if self.peek() == ("op", ","):
                        self.take()
                self.take()
                return Call(name, args)
            case ("name", name):
                return Var(name)
            case token:
                raise ParseError(f"unexpected token {token}")


FUNCTIONS = {"max": max, "min": min, "abs": abs}


def evaluate(node, env):
    match node:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r):
            return evaluate(l, env) / evaluate(r, env)
        case BinOp("^", l, r):
            return evaluate(l, env) ** evaluate(r, env)
        case Call(func, args) if func in FUNCTIONS:
            return FUNCTIONS[func](*(evaluate(a, env) for a in args))
        case Call(func, _):
            raise NameError(f"unknown function {func}")


def simplify(node):
    match node:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match (op, l, r):
                case ("+", Num(0), x) | ("+", x, Num(0)) | ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("-", x, y) if x == y:
                    return Num(0)
                case (_, Num(), Num()):
                    return Num(evaluate(BinOp(op, l, r), {}))
            return BinOp(op, l, r)
        case Call(func, args):
            return Call(func, [simplify(a) for a in args])
        case _:
            return node


env = {"x": 3, "y": 4}
for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x + y * 2", "max(x, y, 10) / 4",
             "0 * x + 1 * (y - y) + abs(-5)", "x * 1 + 0", "2 * 3 + x", "z + 1", "sqrt(4)", "1 +", "3 $ 4"]:
    try:
        tree = Parser(text).parse()
        print(f"{text!r:32} tree={tree!r} simplified={simplify(tree)!r} value={evaluate(tree, env)!r}")
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f"{text!r:32} {type(e).__name__}: {e}")
print(Parser("x + 1").parse() == BinOp("+", Var("x"), Num(1)), len({Num(1), Num(1), Var("x")}))
