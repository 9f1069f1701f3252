callbacks = []
for i in range(3):
    callbacks.append(lambda: i)
print([cb() for cb in callbacks])
bound = []
for i in range(3):
    bound.append(lambda i=i: i)
print([cb() for cb in bound])
def make(i):
    return lambda: i
print([make(i)() for i in range(3)])
