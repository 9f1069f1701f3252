word = "naïve"
print(word.encode("utf-8"))
print(word.encode("ascii", "replace"))
print(word.encode("ascii", "backslashreplace"))
print(word.encode("ascii"))
