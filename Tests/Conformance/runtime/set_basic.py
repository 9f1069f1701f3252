s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 not in s)
s.add(10)
s.discard(1)
s.discard(99)
s.remove(2)
print(sorted(s))
print(set(), set([1, 1, 2]), {0})
t = {1, 2, 3, 4}
u = {3, 4, 5}
print(t | u, t & u, t - u, t ^ u)
print(t.union(u), t.intersection(u), t.difference(u), t.symmetric_difference(u))
