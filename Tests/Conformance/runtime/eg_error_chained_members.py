# members with causes and contexts, a BaseExceptionGroup, a repeated line inside
# a nested group, and a member already shown as the group's context
def lookup():
    try:
        {}["missing"]
    except KeyError as k:
        raise RuntimeError("lookup failed") from k

def recurse(n):
    if n == 0:
        raise ValueError("bottom")
    recurse(n - 1)

errors = []
for i in range(2):
    try:
        lookup()
    except RuntimeError as r:
        errors.append(r)
try:
    recurse(6)
except ValueError as v:
    errors.append(ExceptionGroup("recursion", [v]))
    try:
        raise ExceptionGroup("inner", errors)
    except ExceptionGroup as g:
        raise BaseExceptionGroup("outer", [g, KeyboardInterrupt(), v])
