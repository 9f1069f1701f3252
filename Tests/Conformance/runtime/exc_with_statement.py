class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False

with Resource("a") as r:
    print("using", r.name)
try:
    with Resource("b"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("propagated:", e)
with Resource("outer") as o, Resource("inner") as i:
    print("both", o.name, i.name)
