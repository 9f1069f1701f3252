def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", repr(r))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

def yields_on_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

def close_ignored():
    g = yields_on_exit()
    next(g)
    g.close()

def send_started():
    def g():
        yield
    return g().send(5)

def throw_non_exception():
    def g():
        yield
    return g().throw(42)

def throw_class_not_exception():
    def g():
        yield
    return g().throw(int)

def throw_instance_with_value():
    def g():
        yield
    gen = g()
    next(gen)
    return gen.throw(ValueError("a"), "b")

def reenter():
    def g():
        yield next(gen)
    gen = g()
    return next(gen)

def next_on_non_iterator():
    return next([1, 2])

def stop_in_genexpr():
    def boom():
        raise StopIteration
    return list(boom() for _ in range(2))

for label, fn in [("close_ignored", close_ignored), ("send_started", send_started),
                  ("throw_non_exception", throw_non_exception),
                  ("throw_class_not_exception", throw_class_not_exception),
                  ("throw_instance_with_value", throw_instance_with_value),
                  ("reenter", reenter), ("next_on_non_iterator", next_on_non_iterator),
                  ("stop_in_genexpr", stop_in_genexpr)]:
    attempt(label, fn)
