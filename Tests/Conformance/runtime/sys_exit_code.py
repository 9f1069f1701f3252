import sys
print("exit 4")
sys.stdout.write("last stdout line\n")
sys.exit(4)
print("unreachable")
