import sys
print("before")
def fail(reason):
    sys.exit("error: " + reason)
fail("bad arguments")
