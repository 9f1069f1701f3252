words = ["banana", "Apple", "cherry", "apple", "Banana", "b", ""]
print(sorted(words))
print(sorted(words, key=str.lower))
print("abc" < "abd", "abc" < "ab", "" < "a", "a" < "B")
print(max(words), min(words))
print("a" == "a", "a" != None, "A".lower() == "a")
