# __del__ for many objects freed by one call (they run before the next line
# reads their effect), and for an object whose __del__ lets go of another
# object with __del__ (the inner one follows at once).
count = 0


class Counted:
    def __del__(self):
        global count
        count += 1


items = [Counted() for _ in range(5000)]
items.clear()
print("finalized after clear:", count)
items = {i: Counted() for i in range(10)}
del items
print("finalized after del:", count)


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print("del", self.name, "child" if self.child else "leaf")


chain = Node("outer", Node("middle", Node("inner")))
chain = None
print("after dropping the chain")


def make_and_drop():
    local = Node("local")
    return "returned"


print(make_and_drop())
