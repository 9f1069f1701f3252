# CPython's compile-time SyntaxWarnings on stderr before the program runs:
# 'is' / 'is not' with a literal (once per comparison), and a number
# directly followed by a keyword; the program then runs normally.
x = 5
print(x is 5, x is not "five", x is None, x is ..., x is True)
print(x is (1, 2), x is -1, 1 is x is 2)
if x is not b"bytes":
    print("different")
result = (
    x is 2.5
)
print(result, [0x1for y in "ab"])
