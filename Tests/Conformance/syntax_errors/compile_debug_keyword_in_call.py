print(sep="", __debug__=1)
