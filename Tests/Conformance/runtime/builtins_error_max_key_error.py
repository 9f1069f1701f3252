words = ["bb", "a", "ccc"]
print(max(words, key=len), min(words, key=len))
words.append(None)
print(len(words))
print(max(words, key=len))
