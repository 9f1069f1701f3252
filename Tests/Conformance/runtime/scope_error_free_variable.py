def outer():
    def inner():
        return value
    r = inner()
    value = 1
    return r

outer()
