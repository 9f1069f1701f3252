print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), type(round(2.5)).__name__)
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(-1.25, 1), round(1.25, 1))
print(round(12345, -2), round(12355, -1), round(-150, -2), round(250, -2), type(round(12345, -2)).__name__)
print(round(1234.5678, -2), round(5.0, 0), type(round(5.0, 0)).__name__, round(0.1 + 0.2, 10))
print(round(1e300, 2), round(float("inf"), 2), round(7, 2))

print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5), pow(2, 0.5), pow(-8, 1/3).real > 0)
print(pow(10, -2), pow(0, 0), pow(0.0, 0), pow(5, 3, -7), pow(2, 100, 10**9 + 7))
for bad in [lambda: pow(2, 3.0, 5), lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: pow(0, -1)]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)

print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(-7.5, -2))
print(divmod(1.0, 0.1), divmod(5, 2.0), divmod(-0.0, 1.0), divmod(3, -0.5))
print(divmod(10**20, 7), divmod(-10**20, 7), divmod(True, 2))
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(divmod(float("inf"), 1.0)[1] != divmod(float("inf"), 1.0)[1])
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 0.3 % 0.1)
