n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("loop finished normally")
while True:
    n -= 1
    if n == 1:
        break
else:
    print("not printed")
print("broke at", n)
i = 10
while i < 5:
    print("never")
else:
    print("else runs even with zero iterations")
