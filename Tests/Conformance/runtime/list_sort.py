a = [5, 2, 8, 1, 9, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0])
print(pairs)
print(sorted([3, -1, -4, 2], key=abs), sorted([[2, 1], [1, 9], [1, 2]]))
