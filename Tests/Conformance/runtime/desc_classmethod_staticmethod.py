# classmethod receives the class (also through an instance and a subclass);
# staticmethod receives nothing; both are descriptors stored in the class dict.
class Counter:
    count = 0

    @classmethod
    def make(cls, *args):
        cls.count += 1
        return cls(*args)

    @staticmethod
    def describe(x):
        return f"value {x}"

    def __init__(self, v=0):
        self.v = v


class Special(Counter):
    count = 100


a = Counter.make(1)
b = a.make(2)
c = Special.make(3)
print(type(a).__name__, type(b).__name__, type(c).__name__)
print(Counter.count, Special.count)
print(Counter.describe(5), a.describe(6), Special.describe(7))
raw = Counter.__dict__["make"]
print(type(raw).__name__, type(Counter.__dict__["describe"]).__name__)
print(raw.__func__.__name__, Counter.__dict__["describe"].__func__(8))
bound = Special.make
print(bound.__self__.__name__, bound.__func__ is raw.__func__)
print(callable(Counter.__dict__["describe"]))
