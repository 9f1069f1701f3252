def raise_group():
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])

try:
    raise_group()
except* ValueError as e:
    print("ValueError part:", type(e).__name__, e.message, e.exceptions)
except* (TypeError, KeyError) as e:
    print("Type/Key part:", e.exceptions)
print("after first try")

# only the first matching clause gets each exception
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print("first clause")
except* Exception:
    print("second clause (not reached for ValueError)")

# clause with no match is skipped entirely
try:
    raise ExceptionGroup("g", [OSError("disk")])
except* ValueError:
    print("not printed")
except* OSError as e:
    print("OSError clause", repr(e.exceptions[0]))

# nested groups: the structure is preserved in the matched part
try:
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), TypeError("c")])])
except* ValueError as e:
    print("matched:", repr(e))
except* TypeError as e:
    print("rest:", repr(e))

# else and finally with except*
try:
    pass
except* ValueError:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")

# subclasses match
try:
    raise ExceptionGroup("io", [FileNotFoundError("f"), PermissionError("p")])
except* OSError as e:
    print("OSError family:", [type(x).__name__ for x in e.exceptions])

# the variable is cleared after the clause
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as gone:
    pass
try:
    gone
except NameError as ne:
    print("NameError:", ne)
