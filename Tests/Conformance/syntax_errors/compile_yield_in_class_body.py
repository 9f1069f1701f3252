class Gen:
    yield 1
