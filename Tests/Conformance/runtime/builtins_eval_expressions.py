print(eval("1 + 2 * 3"))
print(eval("[x * x for x in range(5)]"))
print(eval("{'a': 1, **{'b': 2}}"))
print(eval("(lambda q: q + 1)(41)"))
print(eval("  7  "))
print(eval("'abc'.upper()"))

scope = {"x": 5, "y": 6}
print(eval("x * y", scope))
print(eval("x + z", scope, {"z": 100}))
print(eval("x", {"x": "global"}, {"x": "local"}))

def f():
    local_value = 3
    return eval("local_value * 2")
print(f())

print(eval("1 if True else 2"), eval("not 0"), eval("2 ** 10"))
print(eval("sum(range(101))"), eval("max([3, 9, 2])"))

# statements are not expressions
try:
    eval("a = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# eval with a mapping type that is not dict for locals
class Loud(dict):
    def __getitem__(self, key):
        print("  lookup", key)
        return dict.__getitem__(self, key)
print(eval("p + q", {}, Loud(p=1, q=2)))

# eval of code object
code = compile("n * 3", "<calc>", "eval")
print(eval(code, {"n": 4}))

# nested eval
print(eval("eval('2 + 2')"))
# walrus in eval
ns = {}
print(eval("(w := 10) + w", ns), ns["w"])
