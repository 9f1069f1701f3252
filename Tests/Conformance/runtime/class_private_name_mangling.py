# Names starting with two underscores are mangled to _Class__name in the
# class body (assignments, defs, imports, loops, annotations) and in its
# methods; dunder names and names in other classes are not.
class Account:
    __rate = 0.05
    __limit: int = 100

    def __init__(self, owner):
        self.__owner = owner
        self.__history = []

    def __log(self, entry):
        self.__history.append(entry)

    def deposit(self, amount):
        self.__log(("deposit", amount * (1 + self.__rate)))
        return self

    @property
    def history(self):
        return list(self.__history)

    print("in body:", __rate, __limit)
    for __i in range(2):
        pass
    del __i


a = Account("ada").deposit(100)
print(a.history, a._Account__owner, Account._Account__rate)
print(sorted(k for k in vars(Account) if k.startswith("_Account")))
print(sorted(vars(a)))
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)


class Savings(Account):
    __rate = 0.1

    def own_rate(self):
        return self.__rate


s = Savings("bob")
print(s.own_rate(), s._Account__rate, s.deposit(10).history)


class _Leading:
    __hidden = "underscores stripped from the class name"


print(_Leading._Leading__hidden)


def factory():
    class Inner:
        __secret = 42

        def reveal(self):
            return self.__secret
    return Inner()


print(factory().reveal(), hasattr(factory(), "_Inner__secret"))
print(getattr(a, "__init__").__name__, "__init__" in vars(Account))
