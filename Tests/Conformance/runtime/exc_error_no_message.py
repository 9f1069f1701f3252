err = RuntimeError()
print(repr(err), repr(str(err)), err.args)
def fail():
    raise RuntimeError()
fail()
