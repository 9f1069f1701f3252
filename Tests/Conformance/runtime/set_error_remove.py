s = {1, 2, 3}
s.remove(2)
s.discard(4)
print(s)
s.remove(4)
