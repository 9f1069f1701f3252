def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)

print(total())
print(total(1, 2, 3))
print(total(*[4, 5], 6, *(7,)))

def first_rest(first, *rest):
    return first, rest

print(first_rest(1), first_rest(1, 2, 3))
