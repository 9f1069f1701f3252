text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
letters = {}
for ch in text.replace(" ", ""):
    letters.setdefault(ch, 0)
    letters[ch] += 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
