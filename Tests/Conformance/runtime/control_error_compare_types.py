print(3 < 4)
print(3 < 4.5, "a" < "b")
print(3 == "3", 3 != "3")
limit = "4"
print(3 < limit)
