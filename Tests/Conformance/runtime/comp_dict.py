words = ["apple", "banana", "cherry", "avocado"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
squares = {n: n * n for n in range(6)}
print(squares, {v: k for k, v in squares.items() if k % 2 == 0})
print({(i, j): i * j for i in range(2) for j in range(2)})
