try:
    try:
        [][1]
    except IndexError:
        {}["k"]
except KeyError as e:
    print("caught", repr(e))
    print("context", repr(e.__context__))
    print("cause", e.__cause__)
