def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
    finally:
        print("cleanup")

w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad value"))
w.send(2)
w.close()
print("closed")
w.close()
print(next(w, "exhausted"))
