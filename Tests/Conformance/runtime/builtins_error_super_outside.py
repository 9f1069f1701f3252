class Base:
    def hello(self):
        return "base hello"

class Child(Base):
    def hello(self):
        return "child and " + super().hello()

print(Child().hello())

def free_function():
    return super().hello()

free_function()
