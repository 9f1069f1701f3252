totals = {"a": 1}
totals["a"] += 1
print(totals)
totals.setdefault("c", 0)
totals["c"] += 5
print(totals)
totals["b"] += 1
