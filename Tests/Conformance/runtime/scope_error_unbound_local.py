total = 10
def add_item(n):
    print("adding", n)
    total = total + n
    return total

add_item(5)
