def greet(name, greeting="Hi"):
    return greeting + " " + name

print(greet("Ann", greeting="Hello"))
print(greet("Ann", salutation="Hello"))
