def selfish():
    print("inside, about to re-enter")
    yield next(me)

me = selfish()
try:
    next(me)
except ValueError as e:
    print("caught:", e)

def again():
    yield gen2.send(None)

gen2 = again()
print(next(gen2))
