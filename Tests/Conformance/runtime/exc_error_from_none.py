try:
    {}["a"]
except KeyError:
    print("KeyError seen")
    raise ValueError("context hidden") from None
