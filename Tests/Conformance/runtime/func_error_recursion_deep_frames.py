def countdown(n):
    if n == 0:
        return 10 // n
    return countdown(n - 1)

print(countdown(3))
