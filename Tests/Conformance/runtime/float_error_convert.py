print(float("1.25"))
print(float(" 2e3 "), float("-inf"))
print(float("1_000.5"))
text = "abc"
print(float(text))
