import sys
print(sys.maxsize > 0)
print(hasattr(sys, "maxint"))
print(sys.maxsize.bit_length())
print(sys.maxint)
