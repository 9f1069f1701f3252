counter = 0

def bump():
    global counter
    counter += 1
    return counter

print(bump(), bump(), counter)

def make_global():
    global created
    created = "now exists"

make_global()
print(created)

def read_only():
    return counter * 100
print(read_only())
