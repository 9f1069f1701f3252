# Using an instance of a class with __eq__ but no __hash__ as a dict key.
class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return self.name == other.name


print(Key("a") == Key("a"))
table = {}
table[Key("a")] = 1
