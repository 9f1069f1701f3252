def accumulator():
    total = 0
    history = []
    def add(n):
        nonlocal total
        total += n
        history.append(n)
        return total
    def reset():
        nonlocal total
        total = 0
    return add, reset, history

add, reset, history = accumulator()
print(add(5), add(10))
reset()
print(add(1), history)

def nested():
    v = 1
    def a():
        nonlocal v
        def b():
            nonlocal v
            v *= 10
        b()
        v += 1
    a()
    return v
print(nested())
