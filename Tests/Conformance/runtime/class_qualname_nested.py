# __name__ and __qualname__ of classes, nested classes, methods and functions
# defined inside functions.
class Outer:
    class Inner:
        class Deepest:
            def m(self):
                pass

        def method(self):
            pass

    def method(self):
        def helper():
            pass
        return helper

    @staticmethod
    def st():
        pass

    @classmethod
    def cm(cls):
        pass

    lam = lambda self: None


print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.m.__qualname__)
print(Outer.method.__qualname__, Outer.Inner.method.__qualname__)
print(Outer().method().__qualname__)
print(Outer.st.__qualname__, Outer.cm.__qualname__, Outer.lam.__qualname__)
print(Outer.method.__name__, Outer().method.__name__)


def factory():
    class Made:
        def go(self):
            pass
    return Made


M = factory()
print(M.__name__, M.__qualname__, M.go.__qualname__)
print(repr(Outer.Inner).replace("__main__.", "MAIN."))
print(repr(M))
Outer.Inner.__qualname__ = "Renamed"
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(repr(Outer.Inner))
Outer.__name__ = "NewName"
print(Outer.__name__, Outer.__qualname__)
try:
    Outer.__qualname__ = 3
except TypeError as e:
    print("TypeError:", e)
