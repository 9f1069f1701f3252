code = compile("2 ** 10", "<expr>", "eval")
print(eval(code), type(code).__name__, code.co_filename)
stmts = compile("total = 0\nfor i in range(5):\n    total += i\n", "<stmts>", "exec")
g = {}
exec(stmts, g)
print(g["total"])
single = compile("y = 3", "<single>", "single")
exec(single, g)
print(g["y"], code.co_name, stmts.co_name)
try:
    compile("1 +", "<bad>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename, e.lineno)
