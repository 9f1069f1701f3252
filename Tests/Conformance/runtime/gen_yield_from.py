def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    result = yield from inner()
    print("got", result)
    yield from range(3, 5)
    yield from "ab"

print(list(outer()))

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
