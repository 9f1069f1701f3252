try:
    raise KeyError("caught key")
except KeyError as e:
    print(str(e), e.args)
raise KeyError("a key with spaces")
