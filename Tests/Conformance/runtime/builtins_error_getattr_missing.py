print(getattr(3, "real"))
print(getattr(3, "foo", "fallback"))
print(hasattr(3, "foo"))
name = "foo"
print(getattr(3, name))
