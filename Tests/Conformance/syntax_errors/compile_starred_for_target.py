for *item in [[1, 2]]:
    print(item)
