class A(1 2):
    pass
