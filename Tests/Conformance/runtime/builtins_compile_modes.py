code = compile("a = 2\nb = a ** 3\n", "<module-src>", "exec")
print(type(code).__name__, code.co_filename)
ns = {}
exec(code, ns)
print(ns["b"])

expr = compile("b + 1", "<expr>", "eval")
print(eval(expr, ns), expr.co_filename, expr.co_name)

# the same code object can be run several times
counter_code = compile("count = count + 1", "<c>", "exec")
env = {"count": 0}
for _ in range(3):
    exec(counter_code, env)
print(env["count"])

# single mode prints expression values through sys.displayhook
single = compile("1 + 1", "<single>", "single")
exec(single)
exec(compile("'text'", "<single>", "single"))
exec(compile("None", "<single>", "single"))

# syntax errors report the filename and line
try:
    compile("x = 1\ny = (\n", "my_file.py", "exec")
except SyntaxError as e:
    print("SyntaxError", e.filename, e.lineno, e.msg)
try:
    compile("return 5", "<ret>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    compile("x = 1", "<bad-mode>", "run")
except ValueError as e:
    print("ValueError:", e)

# runtime errors in compiled code carry the given filename
bad = compile("1 / 0", "<division>", "exec")
try:
    exec(bad)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("failed in", tb.tb_frame.f_code.co_filename, "line", tb.tb_lineno)

# code object attributes
def sample(p, q, *args, r=1, **kw):
    local = p
    return local
c = sample.__code__
print(c.co_name, c.co_argcount, c.co_kwonlyargcount, c.co_varnames[:4])
