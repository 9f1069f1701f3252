def level(n):
    try:
        if n == 0:
            raise IndexError("bottom")
        level(n - 1)
    except KeyError:
        print("never")
    finally:
        print("unwinding", n)

try:
    level(3)
except IndexError as e:
    print("caught at top:", e)
