def make_ops():
    state = {"n": 0}
    def inc():
        state["n"] += 1
    def get():
        return state["n"]
    return inc, get
inc, get = make_ops()
inc(); inc()
print(get())
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            return a + b
        return level3
    return level2()
print(level1()())
