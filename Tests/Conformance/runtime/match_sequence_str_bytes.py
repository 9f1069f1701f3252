def kind(x):
    match x:
        case [a, b]:
            return f"two-element sequence {a!r} {b!r}"
        case [*items]:
            return f"sequence of {len(items)}"
        case str():
            return "a str (not a sequence for matching)"
        case bytes():
            return "bytes (not a sequence for matching)"
        case bytearray():
            return "bytearray (not a sequence for matching)"
        case _:
            return "something else"

for v in ["ab", "", b"ab", bytearray(b"xy"), ["a", "b"], ("a",), range(2), memoryview(b"ab"), {"a": 1}, 3]:
    print(type(v).__name__, kind(v))

class MySeq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError(i)

# an arbitrary class with __getitem__ is not a registered Sequence
print("MySeq", kind(MySeq()))

class MyList(list):
    pass

print("MyList", kind(MyList([4, 5])))

class MyStr(str):
    pass

print("MyStr", kind(MyStr("zz")))
