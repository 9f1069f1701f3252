print(round(2.5), round(3.5), round(-2.5))
print(round(2.567, 2))
print(round(float("2.5")))
text = "2.5"
print(round(text))
