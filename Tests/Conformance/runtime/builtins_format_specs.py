print(format(3.14159, ".2f"), format(42, "08b"), format(255, "#x"), format(255, "X"))
print(format(1234567.891, ",.2f"), format(1234567, "_d"), format(0.25, "%"), format(0.125, ".1%"))
print(format("left", "<10") + "|", format("right", ">10") + "|", format("mid", "^9") + "|")
print(format("pad", "*^11"), format(-5, "+d"), format(5, "+d"), format(5, " d"), format(-5, "=6d"))
print(format(1e10, "e"), format(1e-5, ".3g"), format(123456789, ".3e"), format(0.0001234, "g"))
print(format(12, "o"), format(12, "#o"), format(65, "c"), format(3, "n"))
print(format(True), format(True, "d"), format(None), format([1, 2]))
print(format(2.5), format(2.0), format(1e16), format(float("inf"), "10.2f") + "|", format(float("nan"), "^7"))
print(format(-0.0, ".1f"), format(1/3, ".10"), format(10, ".2f"), format(7, "x<5"))
print(format(3 + 4j, ".1f"), format(1 - 2j))
print(format(12345.678, "10.1f") + "|", format(12345.678, "<12,.1f") + "|")
print(format("truncate me", ".5"), format("abc", "5s") + "|")

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"

m = Money(12345)
print(format(m), format(m, "short"), format(m, ".1f"), f"{m:short}", "{:>10}".format("x"))

for bad in [lambda: format(1, "s"), lambda: format("s", "d"), lambda: format(1.5, "d"),
            lambda: format(object(), "x"), lambda: format(1, "q")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
