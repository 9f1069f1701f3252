import sys
for arg in [None, 0, 3, "message"]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit(5)
except BaseException as e:
    print(type(e).__name__, e.code)
try:
    exit_ok = False
    raise SystemExit
except SystemExit as e:
    print("bare", e.code)
