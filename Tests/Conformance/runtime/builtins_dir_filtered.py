import math

print([n for n in dir(math) if n.startswith("is")])
print([n for n in dir(math) if n.startswith("log")])
print(dir(math) == sorted(dir(math)))

class Animal:
    legs = 4
    def speak(self):
        return "..."
    def _private(self):
        pass

class Dog(Animal):
    sound = "woof"
    def speak(self):
        return self.sound

public = [n for n in dir(Dog) if not n.startswith("_")]
print(public)
d = Dog()
d.name = "rex"
print([n for n in dir(d) if not n.startswith("__")])
print("__init__" in dir(d), "__class__" in dir(d))

class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]
print(dir(Custom()))

def local_dir():
    a = 1
    b = 2
    return dir()
print(local_dir())

print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir("") if n.startswith("is")])
print([n for n in dir(int) if not n.startswith("_")])
