print(list(range(3)))
print(list(range(int(2.5))))
print(2.5 in range(3))
for i in range(2.5):
    print(i)
