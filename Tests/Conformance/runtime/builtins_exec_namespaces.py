ns = {}
exec("a = 1\nb = a + 1\ndef f(x):\n    return x * b\n", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["f"](5), "__builtins__" in ns)

g = {"base": 100}
l = {}
exec("result = base + 1\nbase_copy = base", g, l)
print(sorted(l.items()), "result" in g)

# functions defined under separate globals/locals look names up in globals
g2 = {"k": 3}
l2 = {}
exec("def h():\n    return k\nv = h()", g2, l2)
print(l2["v"], "h" in l2, "h" in g2)

# exec returns None
print(exec("1 + 1"))

# exec sees the caller's globals by default
counter = 0
exec("counter += 5")
print(counter)

# inside a function, exec with no dicts does not create real locals
def inside():
    exec("zzz = 1")
    return "zzz" in locals(), "zzz" in globals()
print(inside())

# exec of code with a custom __builtins__
restricted = {"__builtins__": {"len": len}}
exec("n = len('abc')", restricted)
print(restricted["n"])
try:
    exec("print('hi')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)

# exec of a class body
cns = {}
exec("class P:\n    attr = 7\n    def m(self):\n        return self.attr * 2\n", cns)
print(cns["P"]().m(), cns["P"].__name__)

# exec with bytes source
exec(b"bb = 'from bytes'", ns)
print(ns["bb"])
