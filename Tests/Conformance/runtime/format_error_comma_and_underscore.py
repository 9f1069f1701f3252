print(format(1000, ","))
print(format(1000, "_"))
print(format(1000.5, ",.1f"))
spec = ",_"
print(format(1000, spec))
