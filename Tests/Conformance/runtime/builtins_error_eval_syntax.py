print(eval("1 + 1"))
print(eval("'a' * 3"))
source = "1 +"
print(len(source))
print(eval(source))
