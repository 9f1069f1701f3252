def outer():
    total = 0
    def add(n):
        total += n
        return total
    return add(1)

print(outer())
