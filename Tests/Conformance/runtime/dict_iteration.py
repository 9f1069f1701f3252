prices = {"apple": 0.5, "bread": 2.25, "milk": 1.0}
for name in prices:
    print(name, prices[name])
for name, price in prices.items():
    print(f"{name:>6}: {price:.2f}")
total = sum(prices.values())
print(total)
print(sorted(prices, key=prices.get))
print(max(prices, key=lambda k: prices[k]))
