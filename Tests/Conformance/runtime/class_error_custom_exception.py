# An uncaught user exception with a custom __str__ and extra attributes.
class ValidationError(ValueError):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value

    def __str__(self):
        return f"{self.field} has invalid value {self.value!r}"


def validate(record):
    for key, val in record.items():
        if val is None:
            raise ValidationError(key, val)
    return True


print(validate({"a": 1}))
validate({"a": 1, "b": None})
