import sys
print("SystemExit(True) exits with status 1")
print(int(True))
raise SystemExit(True)
print("never printed")
