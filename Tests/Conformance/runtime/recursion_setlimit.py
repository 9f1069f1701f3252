import sys
sys.setrecursionlimit(50)
def down(n):
    if n == 0:
        return "bottom"
    return down(n - 1)
print(down(30))
try:
    down(100)
except RecursionError as e:
    print("limit 50:", e)
sys.setrecursionlimit(3000)
print(down(2500))
