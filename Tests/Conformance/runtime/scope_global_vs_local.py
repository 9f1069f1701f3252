value = 1
def read():
    return value
def write():
    value = 2
    return value
def write_global():
    global value
    value = 3
print(read(), write(), value)
write_global()
print(value, read())
