for ch in "42":
    print(ch)
for i in range(2):
    print(i)
for ch in 42:
    print(ch)
