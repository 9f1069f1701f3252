# An uncaught user exception created with several arguments shows the tuple.
class TransferError(Exception):
    pass


class InsufficientFunds(TransferError):
    pass


def transfer(balance, amount):
    if amount > balance:
        raise InsufficientFunds("balance too low", balance, amount)
    return balance - amount


print(transfer(100, 30))
try:
    transfer(10, 20)
except TransferError as e:
    print("handled:", e.args)
transfer(5, 50)
