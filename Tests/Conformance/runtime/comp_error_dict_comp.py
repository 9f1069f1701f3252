pairs = [("a", 1), ("b", 2)]
print({k: v for k, v in pairs})
print({v: k for k, v in pairs})
pairs.append(("c", 3, 4))
print({k: v for k, v in pairs})
