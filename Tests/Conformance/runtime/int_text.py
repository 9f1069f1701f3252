# The text of ints: str, repr, f-strings and format of small, negative, huge
# and boundary values, and of int subclasses and bools.
import sys

values = [0, 7, 9, 10, -1, -9, -10, 12345, -98765, sys.maxsize, -sys.maxsize - 1,
          sys.maxsize + 1, -(10 ** 30), 10 ** 19, 2 ** 63 - 1]
for v in values:
    print(str(v), repr(v), f"{v}", f"[{v}]", format(v), f"{v!r}", len(str(v)))


class Money(int):
    def __str__(self):
        return "$" + int.__str__(self)


print(str(Money(5)), f"{Money(7)}", repr(Money(-3)), f"{True} {False} {True + 1}")
print("".join(str(i) for i in range(-3, 12)), sum(len(f"{i}") for i in range(1000)))
