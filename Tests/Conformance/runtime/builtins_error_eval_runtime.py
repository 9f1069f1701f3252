print(eval("10 / 4"))
print(eval("[n * n for n in range(4)]"))
numerator = 10
expr = "numerator / (5 - 5)"
print(eval(expr))
