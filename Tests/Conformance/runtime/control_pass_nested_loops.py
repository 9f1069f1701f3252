found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
for _ in range(2):
    pass
print(_)
count = 0
while count < 100:
    count += 7
    if count % 5 == 0:
        continue
print(count)
