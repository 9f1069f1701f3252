for spec in ["<10", ">10", "^10", "*<10", "*>10", "*^10", "-^9", "=^11", "0>6", "x<3"]:
    print(repr(format("abc", spec)), repr(format(7, spec)) if "=" not in spec[:1] else "")
print(repr(format(-42, "=8")), repr(format(-42, "0=8")), repr(format(42, "+=8")))
print(repr(format(3.5, "^9")), repr(format(-3.5, "=+9")))
print(repr(format("ab", "^5")), repr(format("ab", "^6")))
