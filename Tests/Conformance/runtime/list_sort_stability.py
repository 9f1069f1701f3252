records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1)]
by_score = sorted(records, key=lambda r: r[1])
print(by_score)
by_score_desc = sorted(records, key=lambda r: r[1], reverse=True)
print(by_score_desc)
records.sort(key=lambda r: r[0], reverse=True)
records.sort(key=lambda r: r[1])
print(records)
