# __call__ makes instances callable; classes as factories, closures over
# instances, and a memoizing decorator written as a class.
class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        self.__name__ = func.__name__

    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.func(*args)
        return self.cache[args]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(fib.cache), fib.__name__, type(fib).__name__, callable(fib))


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, times=1):
        return (x + self.n) * times


add5 = Adder(5)
print(add5(1), add5(1, times=3), list(map(add5, [1, 2, 3])))
try:
    add5()
except TypeError as e:
    print("TypeError:", e)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)


class Counter:
    count = 0

    def __new__(cls, *args):
        Counter.count += 1
        return super().__new__(cls)


Counter(); Counter(1, 2)
print(Counter.count)
