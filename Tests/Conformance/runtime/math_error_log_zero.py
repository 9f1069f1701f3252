import math
def entropy(p):
    return -p * math.log(p)
print(entropy(0.5))
print(entropy(0))
