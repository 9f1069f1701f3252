print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("'abc'.upper()"))
namespace = {"a": 5}
print(eval("a * 10", namespace), eval("b + 1", {}, {"b": 1}))
exec("c = a + 1\nd = c * 2", namespace)
print(namespace["c"], namespace["d"])
code = """
def square(n):
    return n * n
result = [square(i) for i in range(4)]
"""
env = {}
exec(code, env)
print(env["result"], sorted(k for k in env if k != "__builtins__"))
print(exec("1 + 1"), eval("None"))
x = 7
exec("x = x + 1")
print(x)
