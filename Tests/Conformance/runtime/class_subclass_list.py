# Subclasses of list: super().__init__(iterable), overridden methods, repr,
# slicing/concatenation returning plain lists.
class Stack(list):
    def __init__(self, items=()):
        super().__init__(items)
        self.pushes = 0

    def push(self, x):
        self.pushes += 1
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, repr(s), len(s), s.peek(), s.pushes, s.pop(), s, type(s).__name__)
print(s[0:1], type(s[0:1]).__name__, type(s + [9]).__name__, s == [1, 2], isinstance(s, list))


class Sorted(list):
    def __init__(self, iterable=()):
        super().__init__(sorted(iterable))

    def append(self, x):
        super().append(x)
        self.sort()


srt = Sorted([3, 1, 2])
srt.append(0)
srt.extend([10, -1])
print(srt)


class Logged(list):
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)

    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)


lg = Logged("abc")
lg[0] = "z"
print(lg[1], lg)
print(list(lg), [x for x in lg])


class Named(list):
    def __repr__(self):
        return f"Named{super().__repr__()}"


n = Named(range(3))
n += [3]
print(n, type(n).__name__, n * 2, type(n * 2).__name__, sorted(Named([2, 1])))
n.extra = "attr"
print(n.extra, [n], Named() == [], bool(Named()))


class Bad(list):
    def __init__(self):
        pass


print(Bad(), len(Bad()))
print(Stack("xy"), Stack(), Stack(x * x for x in range(3)))
