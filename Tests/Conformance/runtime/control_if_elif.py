def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in [-3, 0, 7, 42, 1000]:
    print(n, classify(n))
if []:
    print("no")
elif {}:
    print("no")
else:
    print("neither")
