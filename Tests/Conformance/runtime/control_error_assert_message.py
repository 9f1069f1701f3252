balance = 100
withdrawal = 30
assert withdrawal <= balance, "first check"
print("first withdrawal ok")
withdrawal = 150
assert withdrawal <= balance, f"insufficient funds: {balance} < {withdrawal}"
