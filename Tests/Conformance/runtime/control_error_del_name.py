x = 1
y = 2
del x
print("y" in dir(), "x" in dir())
del x
