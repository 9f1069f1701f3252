# A toy expression language: tokenizer, recursive-descent parser, evaluator and a
# stack-machine compiler, all dispatching with match statements.

class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value

class Var:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

class Neg:
    __match_args__ = ("operand",)
    def __init__(self, operand):
        self.operand = operand

class Let:
    __match_args__ = ("name", "value", "body")
    def __init__(self, name, value, body):
        self.name, self.value, self.body = name, value, body

class Call:
    __match_args__ = ("func", "args")
    def __init__(self, func, args):
        self.func, self.args = func, args

KEYWORDS = {"let", "in"}

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        match ch:
            case " " | "\t" | "\n":
                i += 1
            case "+" | "-" | "*" | "/" | "(" | ")" | "=" | "," | "%":
                tokens.append(("op", ch))
                i += 1
            case _ if ch.isdigit():
                j = i
                while j < len(src) and src[j].isdigit():
                    j += 1
                tokens.append(("num", int(src[i:j])))
                i = j
            case _ if ch.isalpha():
                j = i
                while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                    j += 1
                word = src[i:j]
                tokens.append(("kw", word) if word in KEYWORDS else ("name", word))
                i = j
            case _:
                raise SyntaxError(f"unexpected character {ch!r} at {i}")
    tokens.append(("eof", None))
    return tokens

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, kind, value=None):
        tok = self.advance()
        match tok:
            case (k, v) if k == kind and (value is None or v == value):
                return tok
            case _:
                raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")

    def parse(self):
        node = self.expr()
        self.expect("eof")
        return node

    def expr(self):
        match self.peek():
            case ("kw", "let"):
                self.advance()
                _, name = self.expect("name")
                self.expect("op", "=")
                value = self.expr()
                self.expect("kw", "in")
                return Let(name, value, self.expr())
        node = self.term()
        while True:
            match self.peek():
                case ("op", ("+" | "-") as op):
                    self.advance()
                    node = BinOp(op, node, self.term())
                case _:
                    return node

    def term(self):
        node = self.factor()
        while True:
            match self.peek():
                case ("op", ("*" | "/" | "%") as op):
                    self.advance()
                    node = BinOp(op, node, self.factor())
                case _:
                    return node

    def factor(self):
        match self.advance():
            case ("num", n):
                return Num(n)
            case ("op", "-"):
                return Neg(self.factor())
            case ("op", "("):
                node = self.expr()
                self.expect("op", ")")
                return node
            case ("name", name):
                match self.peek():
                    case ("op", "("):
                        self.advance()
                        args = []
                        if self.peek() != ("op", ")"):
                            args.append(self.expr())
                            while self.peek() == ("op", ","):
                                self.advance()
                                args.append(self.expr())
                        self.expect("op", ")")
                        return Call(name, args)
                return Var(name)
            case (_, value):
                raise SyntaxError(f"unexpected token {value!r}")

FUNCS = {"max": max, "min": min, "abs": abs, "sq": lambda x: x * x}

def evaluate(node, env):
    match node:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name}")
        case Neg(inner):
            return -evaluate(inner, env)
        case BinOp("/", _, right) if evaluate(right, env) == 0:
            raise ZeroDivisionError("division by zero in toy program")
        case BinOp(op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "+": return a + b
                case "-": return a - b
                case "*": return a * b
                case "/": return a // b
                case "%": return a % b
        case Let(name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case Call(fname, args) if fname in FUNCS:
            return FUNCS[fname](*[evaluate(a, env) for a in args])
        case Call(fname, _):
            raise NameError(f"unknown function {fname}")

def show(node):
    match node:
        case Num(v): return str(v)
        case Var(n): return n
        case Neg(x): return f"(-{show(x)})"
        case BinOp(op, l, r): return f"({show(l)} {op} {show(r)})"
        case Let(n, v, b): return f"let {n} = {show(v)} in {show(b)}"
        case Call(f, args): return f"{f}({', '.join(show(a) for a in args)})"

def compile_stack(node, code):
    match node:
        case Num(v):
            code.append(("push", v))
        case Var(n):
            code.append(("load", n))
        case Neg(x):
            compile_stack(x, code)
            code.append(("neg",))
        case BinOp(op, l, r):
            compile_stack(l, code)
            compile_stack(r, code)
            code.append(("binop", op))
        case _:
            raise NotImplementedError(type(node).__name__)
    return code

def run_stack(code, env):
    stack = []
    for instr in code:
        match instr:
            case ("push", v):
                stack.append(v)
            case ("load", n):
                stack.append(env[n])
            case ("neg",):
                stack.append(-stack.pop())
            case ("binop", op):
                b, a = stack.pop(), stack.pop()
                stack.append({"+": a + b, "-": a - b, "*": a * b,
                              "/": a // b if b else None, "%": a % b if b else None}[op])
    [result] = stack
    return result

programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "-4 + 10 % 3",
    "let x = 5 in x * x - 1",
    "let a = 2 in let b = a * 10 in b / a",
    "max(1, sq(3), abs(-20)) + min(4, 2)",
    "x * 2",
    "10 / (5 - 5)",
    "3 + * 4",
    "foo(1)",
    "2 $ 3",
    "let y = 3 y",
]
for src in programs:
    try:
        tree = Parser(tokenize(src)).parse()
        value = evaluate(tree, {"x": 21})
        print(f"{src:40} => {show(tree)} = {value}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src:40} !! {type(e).__name__}: {e}")

for src in ["1 + 2 * 3 - x", "-(7 - 10) * 4"]:
    code = compile_stack(Parser(tokenize(src)).parse(), [])
    print(src, "->", code, "->", run_stack(code, {"x": 1}))
try:
    compile_stack(Parser(tokenize("let q = 1 in q")).parse(), [])
except NotImplementedError as e:
    print("cannot compile", e)
