name = "world"
print(name.upper())
print(name.startswith("w"), name.find("r"))
print(name.replace("o", "0"))
print(name.uper())
