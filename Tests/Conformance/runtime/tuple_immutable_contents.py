t = ([1], [2])
t[0].append(10)
print(t)
try:
    t[0] = [5]
except TypeError as e:
    print("TypeError:", e)
try:
    t += ([3],)
except TypeError as e:
    print("no")
print(t)
