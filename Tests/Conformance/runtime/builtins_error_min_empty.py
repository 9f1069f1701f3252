print(min([3, 4]))
print(min([], default=0))
print(min("zyx"))
empty = []
print(min(empty))
