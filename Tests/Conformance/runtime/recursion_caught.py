def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print("recovered")
def depth_reached(n=0):
    try:
        return depth_reached(n + 1)
    except RecursionError:
        return n
print(depth_reached() > 900)
