# A small bank: an account hierarchy with class attributes, properties,
# class/static methods, custom exceptions, super() and a transaction log.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(account.number, amount)
        self.account = account
        self.amount = amount

    def __str__(self):
        return f"account {self.account.number}: cannot withdraw {self.amount}, balance {self.account.balance}"


class AccountFrozen(BankError):
    pass


class Account:
    _next_number = 1000
    interest_rate = 0.0
    kind = "basic"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.number = Account._allocate()
        self.frozen = False
        self.history = [("open", balance)]

    @classmethod
    def _allocate(cls):
        Account._next_number += 1
        return Account._next_number

    @staticmethod
    def format_amount(amount):
        sign = "-" if amount < 0 else ""
        amount = abs(amount)
        return f"{sign}{amount // 100}.{amount % 100:02d}"

    @property
    def balance(self):
        return self._balance

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self._check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def available(self):
        return self._balance

    def month_end(self):
        interest = int(self._balance * self.interest_rate)
        if interest:
            self._balance += interest
            self.history.append(("interest", interest))
        return interest

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.format_amount(self._balance)})"

    def __lt__(self, other):
        return self._balance < other._balance

    def __eq__(self, other):
        return isinstance(other, Account) and self.number == other.number

    __hash__ = None


class Savings(Account):
    interest_rate = 0.02
    kind = "savings"
    max_withdrawals = 2

    def __init__(self, owner, balance=0):
        super().__init__(owner, balance)
        self.withdrawals = 0

    def withdraw(self, amount):
        if self.withdrawals >= self.max_withdrawals:
            raise BankError(f"savings {self.number}: withdrawal limit reached")
        super().withdraw(amount)
        self.withdrawals += 1
        return self

    def month_end(self):
        self.withdrawals = 0
        return super().month_end()


class Checking(Account):
    kind = "checking"

    def __init__(self, owner, balance=0, overdraft=5000):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self._balance + self.overdraft

    def month_end(self):
        fee = 500 if self._balance < 0 else 0
        if fee:
            self._balance -= fee
            self.history.append(("fee", fee))
        return -fee


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, owner, *args, **kwargs):
        acct = cls(owner, *args, **kwargs)
        self.accounts[acct.number] = acct
        print(f"opened {acct.kind} #{acct.number} for {owner}: {acct!r}")
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except BankError as e:
            print(f"  transfer failed ({type(e).__name__}): {e}")
            return False
        dst.deposit(amount)
        print(f"  moved {Account.format_amount(amount)} from #{src.number} to #{dst.number}")
        return True

    def __len__(self):
        return len(self.accounts)

    def __iter__(self):
        return iter(sorted(self.accounts.values()))

    def __contains__(self, number):
        return number in self.accounts

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank("First Python")
alice = bank.open(Savings, "alice", 100000)
bob = bank.open(Checking, "bob", 2000)
carol = bank.open(Account, "carol")
print(len(bank), 1001 in bank, 9999 in bank, Account._next_number)

bank.transfer(alice, bob, 15000)
bank.transfer(alice, carol, 2500)
bank.transfer(alice, carol, 1)
bank.transfer(bob, carol, 20000)
bank.transfer(bob, carol, 10000)
bank.transfer(carol, alice, 1000000)
carol.frozen = True
bank.transfer(carol, bob, 100)
try:
    carol.deposit(5)
except AccountFrozen as e:
    print("frozen:", e, e.args)
carol.frozen = False
try:
    carol.deposit(-5)
except ValueError as e:
    print("ValueError:", e)

print("month end:", [(a.owner, a.month_end()) for a in (alice, bob, carol)])
for acct in bank:
    print(f"{acct.owner:>6} {acct.kind:<9} {Account.format_amount(acct.balance):>10} {len(acct.history)} entries")
print("total", Account.format_amount(bank.total()))
print(bob.history)
print(sorted(bank, reverse=True)[0].owner, min(bank).owner)
print(alice == alice, alice == bob, alice != carol)
try:
    {alice}
except TypeError as e:
    print("TypeError:", e)
try:
    alice.balance = 0
except AttributeError as e:
    print("AttributeError:", e)
print([c.__name__ for c in Savings.__mro__], Savings.max_withdrawals, Checking.interest_rate)
print(isinstance(bob, Account), issubclass(Savings, Checking), Account.format_amount(-12345))
err = InsufficientFunds(carol, 10)
print(err.args, str(err), isinstance(err, BankError))
