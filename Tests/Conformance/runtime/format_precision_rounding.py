for v in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1e-10, 123.456]:
    print(v, format(v, ".0f"), format(v, ".2f"), format(v, ".3e"), format(v, ".3g"), "%.1f" % v)
print(format(2 / 3, ".15f"), format(2 / 3, ".17g"))
print(format(1e22, ".0f"), format(1e23, ".0f"))
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "{:.1f}".format(0.05))
