colors = ["red", "green"]
print(colors.index("green"))
print("blue" in colors)
print(colors.count("blue"))
print(colors.index("blue"))
