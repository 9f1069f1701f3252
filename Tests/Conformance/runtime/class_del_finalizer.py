# __del__ runs when the last reference goes (del, rebinding, a frame ending,
# a container emptied), once per object even if __del__ resurrects it, and
# for what the main module still holds at exit.
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


r = Resource("a")
del r
print("after del")
r = Resource("b")
r = Resource("c")
print("after rebinding")


def scope():
    local = Resource("local")
    return local.name


print(scope(), "returned")
box = [Resource("x"), Resource("y")]
box.pop(0)
print("after pop")
box.clear()
print("after clear")


class Phoenix:
    saved = []

    def __del__(self):
        print("Phoenix.__del__, saving myself")
        Phoenix.saved.append(self)


p = Phoenix()
del p
print("saved", len(Phoenix.saved))
Phoenix.saved.clear()
print("cleared; __del__ did not run again")


class Child(Resource):
    def __del__(self):
        print("child cleanup first")
        super().__del__()


c = Child("child")
c = None
survivor = Resource("module global")
print("end of program")
