def g():
    yield 1

gen = g()
gen.send("value")
