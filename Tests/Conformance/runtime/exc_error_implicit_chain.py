def cleanup(values):
    try:
        return values[10]
    except IndexError:
        return values["ten"]

cleanup([1, 2, 3])
