print(format("abc", ">5"))
print(format("abc", "*^7"))
print(format(5, "+"))
spec = "+"
print(format("abc", spec))
