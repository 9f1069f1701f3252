import sys
if len(sys.argv) > 5:
    return 1
