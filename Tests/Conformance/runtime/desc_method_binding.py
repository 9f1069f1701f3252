# Functions are descriptors: looked up on an instance they bind; on the
# class they are plain functions; __get__ can be called by hand.
class A:
    def f(self, x):
        return (type(self).__name__, x)


a = A()
m = a.f
print(m(1), A.f(a, 2), m.__self__ is a, m.__func__ is A.f)
print(A.f.__get__(a, A)(3))
print(A.f.__get__(None, A) is A.f)
print(m == a.f, m is a.f)


def free(self):
    return "free " + type(self).__name__


A.g = free
print(a.g())
a.h = free
try:
    a.h()
except TypeError as e:
    print("TypeError:", e)
print(a.h(a))
bound = free.__get__(a)
print(bound(), type(bound).__name__)


class B:
    def __init__(self):
        self.calls = []

    def __call__(self, *args):
        self.calls.append(args)
        return len(self.calls)


class C:
    handler = B()


c = C()
print(c.handler(1), C.handler(2), c.handler.calls)
