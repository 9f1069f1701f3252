import sys
sys.setrecursionlimit(30)
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(10))
print(fact(100))
