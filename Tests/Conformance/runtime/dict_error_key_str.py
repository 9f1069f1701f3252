ages = {"alice": 30, "bob": 25}
print(ages["alice"])
print(ages.get("carol", "unknown"))
name = "carol"
print(ages[name])
