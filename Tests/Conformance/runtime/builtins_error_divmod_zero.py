print(divmod(7, 2))
print(divmod(-7, 2))
print(divmod(7.0, 2.5))
pairs = [(9, 4), (7, 0)]
print([divmod(a, b) for a, b in pairs])
