data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("long list", n)
items = iter(data)
while (item := next(items, None)) is not None:
    print("item", item)
print([y for x in data if (y := x * 10) > 30])
print(y)
def check(v):
    return (half := v // 2), half * 2 == v
print(check(7), check(8))
