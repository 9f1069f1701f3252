parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts)
s = ""
for p in parts:
    s += p + "|"
print(s)
print("=" * 20)
print("ab" "cd" 'ef')
print(("x" + "y") * 2)
