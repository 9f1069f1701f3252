# SyntaxErrors and errors with carets as members of an uncaught group
def add(d):
    return d["a"] + 1

errors = []
for source in ["a b", "x = (1,"]:
    try:
        compile(source, "snippet.py", "exec")
    except SyntaxError as e:
        errors.append(e)
for arg in [{}, {"a": "s"}]:
    try:
        add(arg)
    except Exception as e:
        errors.append(e)
raise ExceptionGroup("kinds", errors)
