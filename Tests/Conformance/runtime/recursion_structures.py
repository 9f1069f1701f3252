def depth(tree):
    if not isinstance(tree, list):
        return 0
    return 1 + max((depth(t) for t in tree), default=0)

def flatten(tree):
    if not isinstance(tree, list):
        return [tree]
    out = []
    for t in tree:
        out.extend(flatten(t))
    return out

def permutations(items):
    if len(items) <= 1:
        return [items]
    return [[items[i]] + p for i in range(len(items)) for p in permutations(items[:i] + items[i + 1:])]

t = [1, [2, [3, [4]], 5], []]
print(depth(t), flatten(t))
print(permutations([1, 2, 3]))
