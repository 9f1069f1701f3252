import sys
print("exiting with a message")
print("the message goes to stderr, status 1")
sys.exit("fatal: configuration missing")
print("never printed")
