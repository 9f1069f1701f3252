class Ctx:
    def __enter__(self):
        print("enter")
        return "resource"
    def __exit__(self, *args):
        print("exit", args)

def use():
    with Ctx() as r:
        return "returned " + r

print(use())
for i in range(3):
    with Ctx():
        if i == 1:
            break
print("loop done at", i)
