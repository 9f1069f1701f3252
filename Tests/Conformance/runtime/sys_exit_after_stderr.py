import sys
sys.stderr.write("warning: something\n")
print("stdout line")
print("exiting with 1", file=sys.stderr)
sys.exit(1)
