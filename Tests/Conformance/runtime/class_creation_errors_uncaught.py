# Errors while a class is being made: a class decorator that raises is
# reported at the decorator line; __set_name__ failures are wrapped in a
# RuntimeError that names the attribute; the last one is not caught.
def register(cls):
    if not hasattr(cls, "key"):
        raise TypeError(f"{cls.__name__} needs a key")
    return cls


@register
class Good:
    key = "good"


print(Good.key)
try:
    @register
    class Missing:
        pass
except TypeError as e:
    print("TypeError:", e)


class Validated:
    def __set_name__(self, owner, name):
        if not name.islower():
            raise ValueError(f"field names must be lower case, not {name!r}")
        self.name = name


class Fine:
    field = Validated()


print(Fine.field.name)


class Broken:
    Field = Validated()
