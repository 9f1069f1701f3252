import sys
print("clean exit")
sys.exit(0)
print("never printed")
raise RuntimeError("also never")
