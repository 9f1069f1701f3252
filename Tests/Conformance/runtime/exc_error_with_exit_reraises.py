class Logged:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit saw", exc_type.__name__)
        return False

with Logged():
    print("inside")
    [1, 2, 3].index(4)
