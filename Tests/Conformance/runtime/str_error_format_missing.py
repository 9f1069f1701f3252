template = "{} and {}"
print(template.format("one", "two"))
print(template.format("one", "two", "three"))
print("{0} {0}".format("x"))
print(template.format("one"))
