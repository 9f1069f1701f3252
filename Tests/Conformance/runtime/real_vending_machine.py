# A vending machine as a state machine: each state is a class, transitions
# return the next state, products and coins are validated with descriptors,
# and errors are domain exceptions.
class VendingError(Exception):
    pass


class InsufficientFunds(VendingError):
    def __init__(self, needed):
        super().__init__(f"insert {needed} more cents")
        self.needed = needed


class SoldOut(VendingError):
    pass


class Positive:
    """A data descriptor that only accepts positive ints."""

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, int) or value <= 0:
            raise ValueError(f"{self.name[1:]} must be a positive int, not {value!r}")
        setattr(obj, self.name, value)


class Product:
    price = Positive()

    def __init__(self, name, price, stock):
        self.name = name
        self.price = price
        self.stock = stock

    def __repr__(self):
        return f"{self.name}@{self.price}x{self.stock}"


COINS = (5, 10, 25, 100)


class State:
    def __init__(self, machine):
        self.machine = machine

    def insert(self, coin):
        raise VendingError(f"cannot insert coins while {self}")

    def select(self, code):
        raise VendingError(f"cannot select while {self}")

    def cancel(self):
        return self

    def __str__(self):
        return type(self).__name__.lower()


class Idle(State):
    def insert(self, coin):
        self.machine.accept(coin)
        return HasMoney(self.machine)


class HasMoney(State):
    def insert(self, coin):
        self.machine.accept(coin)
        return self

    def select(self, code):
        product = self.machine.lookup(code)
        if product.stock == 0:
            raise SoldOut(product.name)
        balance = self.machine.balance
        if balance < product.price:
            raise InsufficientFunds(product.price - balance)
        product.stock -= 1
        self.machine.balance -= product.price
        self.machine.dispensed.append(product.name)
        return Dispensing(self.machine)

    def cancel(self):
        self.machine.refund()
        return Idle(self.machine)


class Dispensing(State):
    def cancel(self):
        self.machine.refund()
        return Idle(self.machine)

    def insert(self, coin):
        self.machine.refund()
        return Idle(self.machine).insert(coin)


class Machine:
    def __init__(self, products):
        self.products = {p.name[0].upper() + str(i): p for i, p in enumerate(products, 1)}
        self.balance = 0
        self.dispensed = []
        self.refunds = []
        self.state = Idle(self)

    def accept(self, coin):
        if coin not in COINS:
            raise VendingError(f"rejected coin {coin}")
        self.balance += coin

    def refund(self):
        if self.balance:
            self.refunds.append(self.balance)
        self.balance = 0

    def lookup(self, code):
        try:
            return self.products[code]
        except KeyError:
            raise VendingError(f"no product {code!r}") from None

    def do(self, action, *args):
        before = str(self.state)
        try:
            self.state = getattr(self.state, action)(*args)
        except InsufficientFunds as e:
            print(f"  {action}{args}: {e} (needed={e.needed})")
        except VendingError as e:
            print(f"  {action}{args}: {type(e).__name__}: {e}")
        print(f"{before:>10} --{action}--> {self.state} balance={self.balance}")


m = Machine([Product("cola", 125, 2), Product("water", 90, 1), Product("gum", 35, 0)])
print(sorted(m.products.items()))
script = [("insert", 100), ("select", "C1"), ("insert", 25), ("select", "C1"),
          ("insert", 3), ("insert", 100), ("select", "W2"), ("cancel",),
          ("select", "C1"), ("insert", 25), ("insert", 10), ("select", "G3"),
          ("select", "X9"), ("cancel",), ("insert", 100), ("insert", 25), ("select", "C1"),
          ("insert", 5), ("cancel",)]
for step in script:
    m.do(*step)
print("dispensed", m.dispensed, "refunds", m.refunds)
print("stock", m.products)
try:
    Product("bad", -1, 1)
except ValueError as e:
    print("ValueError:", e)
print(type(Product.__dict__["price"]).__name__, Product.price.name)
