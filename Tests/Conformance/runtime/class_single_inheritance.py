# Single inheritance: overriding, extending, calling the base explicitly,
# __bases__/__base__, isinstance/issubclass.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}({self.name}): {self.speak()}"


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (squeaky)"


class Cat(Animal):
    def __init__(self, name, indoor):
        Animal.__init__(self, name)
        self.indoor = indoor

    def speak(self):
        return "meow" if self.indoor else super().speak()


for a in (Animal("x"), Dog("rex"), Puppy("bit"), Cat("tom", True), Cat("ali", False)):
    print(a.describe())
print(Puppy.__bases__, Puppy.__base__, Animal.__bases__, object.__bases__)
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(isinstance(Puppy("p"), Dog), isinstance(Cat("c", 1), Dog))
print(issubclass(Puppy, (Cat, Dog)), isinstance(3, (str, Animal)))
print(Animal.__subclasses__() == [Dog, Cat], Dog.__subclasses__() == [Puppy])
print(object.__base__, bool.__base__, bool.__mro__)
print(Puppy.speak is Dog.speak, Dog.speak is Animal.speak)
try:
    issubclass(Puppy("p"), Animal)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
