for x in [-5, 0, 5]:
    sign = "neg" if x < 0 else "zero" if x == 0 else "pos"
    print(x, sign)
print("yes" if [] else "no", "yes" if [0] else "no")
a = 3
b = a * 2 if a > 2 else a / 2
print(b)
print((lambda v: "even" if v % 2 == 0 else "odd")(7))
