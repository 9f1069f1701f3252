def stubborn():
    refused = False
    while True:
        try:
            yield "value"
        except GeneratorExit:
            if refused:
                return
            refused = True
            print("refusing to stop")

g = stubborn()
print(next(g))
print(next(g))
g.close()
