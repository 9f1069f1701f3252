print("ab" * 3)
print(3 * "ab", "ab" * 0)
print("ab" * True)
times = "cd"
print("ab" * times)
