print(hash((1, 2)) == hash((1, 2)))
print(hash(42), hash(-1), hash(2.5))
print(hash(tuple([1, 2])) == hash((1, 2)))
key = [1, 2]
print(hash(key))
