print(callable(len), callable("s"), callable(lambda: 1), callable(int))
print(getattr("abc", "upper")(), getattr([], "missing", "default"))
print(hasattr("abc", "split"), hasattr(5, "split"), hasattr(5, "real"))
def f():
    pass
setattr(f, "tag", 42)
print(getattr(f, "tag"), f.tag)
delattr(f, "tag")
print(hasattr(f, "tag"))
print(sorted(n for n in dir([]) if not n.startswith("_")))
