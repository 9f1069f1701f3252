word = "python"
for i, ch in enumerate(word):
    print(i, ch, ord(ch))
print(list("abc"), tuple("ab"), sorted("banana"))
print([c for c in "hello" if c in "aeiou"])
print(max("apple"), min("apple"), "".join(reversed("stressed")))
