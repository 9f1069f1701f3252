import sys
print("a non-integer, non-None code is printed to stderr")
print("and the exit status is 1")
sys.exit([1, 2])
print("unreachable")
