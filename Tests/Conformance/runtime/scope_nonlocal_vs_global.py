x = "g"
def outer():
    x = "e"
    def set_nonlocal():
        nonlocal x
        x = "changed e"
    def set_global():
        global x
        x = "changed g"
    set_nonlocal()
    set_global()
    return x
print(outer(), x)
