def nothing():
    pass

def early(x):
    if x < 0:
        return "negative"
    return

def multi():
    return 1, "two", [3]

print(nothing(), early(-1), early(1))
a, b, c = multi()
print(a, b, c, multi())
def gen_like(n):
    result = []
    for i in range(n):
        if i == 3:
            return result
        result.append(i)
    return result
print(gen_like(10), gen_like(2))
