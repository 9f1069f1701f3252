import sys
print("bare exit")
try:
    sys.exit()
finally:
    print("finally before exit")
