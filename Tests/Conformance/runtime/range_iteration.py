total = 0
for i in range(1, 6):
    total += i
    print(i, total)
for i in range(3, 0, -1):
    print("countdown", i)
for i in range(0):
    print("never")
print(list(enumerate(range(10, 13))))
