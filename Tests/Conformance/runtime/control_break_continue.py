for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
total = 0
for row in [[1, 2], [3, -1, 4], [5]]:
    for x in row:
        if x < 0:
            break
        total += x
    else:
        continue
    print("negative found in", row)
print(total)
