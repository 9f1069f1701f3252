maximum = 100
def clamp(v):
    return min(v, maximun)

print(clamp(5))
