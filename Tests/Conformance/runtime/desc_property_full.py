# property with getter, setter, deleter and doc; the decorator chain makes
# new property objects; a read-only property raises AttributeError.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        "the temperature in degrees Celsius"
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
print(Temperature.celsius.__doc__)
prop = Temperature.__dict__["celsius"]
print(type(prop).__name__, prop.fget.__name__, prop.fset is not None, prop.fdel is not None)
print(Temperature.fahrenheit.fset)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
