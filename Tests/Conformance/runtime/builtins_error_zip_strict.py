print(list(zip([1, 2], [3, 4], strict=True)))
print(list(zip([1, 2, 3], [4])))
names = ["a", "b", "c"]
scores = [4]
print(list(zip(names, scores, strict=True)))
