print(sum([1, 2]))
print(sum([[1], [2]], []))
print("".join(["a", "b"]))
parts = ["a", "b"]
print(sum(parts, ""))
