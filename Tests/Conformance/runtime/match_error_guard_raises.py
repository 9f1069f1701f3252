def lookup(table, key):
    match key:
        case str() if table[key] > 0:
            return "positive"
        case str():
            return "non-positive"

table = {"a": 1, "b": -1}
print(lookup(table, "a"))
print(lookup(table, "b"))
print(lookup(table, "c"))
