def show(value):
    print("value:", value)

values = [1, 2]
show(len(values) + values[2])
