print("%s" % "x")
print("%d" % 3.9, "%d" % True)
print("%f" % 2)
value = "x"
print("%d" % value)
