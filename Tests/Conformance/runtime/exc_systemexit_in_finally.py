import sys
try:
    print("work")
    sys.exit(2)
finally:
    print("finally still runs")
