print(ord("a"))
print(ord("€"), ord("\n"))
word = "ab"
print([ord(c) for c in word])
print(ord(word))
