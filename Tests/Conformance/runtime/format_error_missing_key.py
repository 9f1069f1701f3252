print("{name}".format(name="Ann"))
print("{name} {0}".format(31, name="Ann"))
template = "{name} {age}"
print(template.format(name="Ann", age=31))
print(template.format(name="Ann"))
