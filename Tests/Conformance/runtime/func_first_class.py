def apply(f, *args):
    return f(*args)

def compose(f, g):
    return lambda x: f(g(x))

ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(apply(max, 3, 9, 2), apply(ops["mul"], 6, 7))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(list(map(compose(str, abs), [-1, 2, -3])))
print(callable(apply), callable(5), callable(ops["add"]))
