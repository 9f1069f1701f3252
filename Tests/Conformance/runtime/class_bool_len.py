# Truth testing: __bool__ first, then __len__, else always true; both are
# checked for the right return types.
class Empty:
    def __len__(self):
        return 0


class Full:
    def __len__(self):
        return 3


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("__bool__ called")
        return self.on

    def __len__(self):
        print("__len__ should not be called")
        return 1


class Neither:
    pass


print(bool(Empty()), bool(Full()), len(Full()), bool(Neither()))
print(bool(Flag(False)), not Flag(True))
if Flag(True) and Empty():
    print("no")
else:
    print("else branch")
print([x for x in (Empty(), Full(), Neither()) if x].__len__())
print(Flag(False) or "fallback")


class BadBool:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class StrLen:
    def __len__(self):
        return "3"


class BigLen:
    def __len__(self):
        return 2 ** 70


for obj in (BadBool(), NegLen(), StrLen(), BigLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for obj in (NegLen(), StrLen(), BigLen(), Neither()):
    try:
        print(len(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


class IdxLen:
    class N:
        def __index__(self):
            return 4

    def __len__(self):
        return IdxLen.N()


print(len(IdxLen()), bool(IdxLen()))
while Empty():
    break
else:
    print("while saw false")
