a = b = c = 7
print(a, b, c)
x = [0, 1, 2]
i = 0
i, x[i] = 1, 9
print(i, x)
a, b, c = c, a, b = 1, 2, 3
print(a, b, c)
lst = [3, 1]
lst[0], lst[1] = lst[1], lst[0]
print(lst)
