print(list(iter([1, 2])))
print(list(iter("ab")))
print(list(iter(range(2))))
value = 5
it = iter(value)
