import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
reached = depth(0)
print(150 < reached < 200)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
