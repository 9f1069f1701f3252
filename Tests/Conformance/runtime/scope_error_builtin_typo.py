print("hello")
def greet():
    prnt("hello")

greet()
