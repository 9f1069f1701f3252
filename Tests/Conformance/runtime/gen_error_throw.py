def g():
    yield "ready"
    yield "never"

gen = g()
print(next(gen))
gen.throw(RuntimeError("thrown in"))
