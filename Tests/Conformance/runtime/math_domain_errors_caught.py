import math
for func, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -5), (math.acos, 2), (math.asin, -1.5)]:
    try:
        print(func(arg))
    except ValueError as e:
        print(func.__name__, arg, "ValueError:", e)
for args in [(-1,), (2.5,)]:
    try:
        math.factorial(*args)
    except (ValueError, TypeError) as e:
        print("factorial", args, type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print("exp OverflowError:", e)
try:
    math.isqrt(-1)
except ValueError as e:
    print("isqrt:", e)
