a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, None is None)
x = 1000
y = x
print(x is y, x == 1000)
print(type(None)() is None, bool is type(True))
