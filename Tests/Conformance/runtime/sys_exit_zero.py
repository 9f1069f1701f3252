import sys
print("ok")
if True:
    sys.exit(0)
print("unreachable")
