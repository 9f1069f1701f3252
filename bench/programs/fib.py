# Recursive Fibonacci: function calls, argument passing, small-int arithmetic.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for n in range(20, 33):
        total += fib(n)
    for n in range(25, 31):
        total += fib(n)
    print("fib checksum", total)


main()
