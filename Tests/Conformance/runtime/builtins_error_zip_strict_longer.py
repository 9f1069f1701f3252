names = ["a", "b", "c"]
scores = [1, 2, 3, 4]
for n, s in zip(names, scores, strict=True):
    print(n, s)
