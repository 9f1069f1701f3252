def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return

def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

e = echo()
print(next(e), e.send("hi"), e.send(42))
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
try:
    e.send("stop")
except StopIteration as stop:
    print("stopped", stop.value)
