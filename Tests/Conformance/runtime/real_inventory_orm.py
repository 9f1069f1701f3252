# An ORM-style inventory: typed field descriptors with __set_name__, a model
# metaclass collecting fields and creating per-model tables, queries with
# keyword filters, and validation errors.
class ValidationError(ValueError):
    def __init__(self, model, field, message):
        super().__init__(f"{model}.{field}: {message}")
        self.field = field


class Field:
    creation_counter = 0

    def __init__(self, default=None, required=True):
        self.default = default
        self.required = required
        Field.creation_counter += 1
        self.counter = Field.creation_counter

    def __set_name__(self, owner, name):
        self.name = name
        self.owner_name = owner.__name__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._data.get(self.name, self.default)

    def __set__(self, obj, value):
        value = self.validate(value)
        obj._data[self.name] = value

    def __delete__(self, obj):
        if self.required:
            raise ValidationError(self.owner_name, self.name, "required field cannot be deleted")
        obj._data.pop(self.name, None)

    def validate(self, value):
        return value

    def fail(self, message):
        raise ValidationError(self.owner_name, self.name, message)

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class IntField(Field):
    def __init__(self, minimum=None, **kw):
        super().__init__(**kw)
        self.minimum = minimum

    def validate(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(f"expected int, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            self.fail(f"{value} is below minimum {self.minimum}")
        return value


class StrField(Field):
    def __init__(self, max_length=20, **kw):
        super().__init__(**kw)
        self.max_length = max_length

    def validate(self, value):
        if not isinstance(value, str):
            self.fail(f"expected str, got {type(value).__name__}")
        if len(value) > self.max_length:
            self.fail(f"longer than {self.max_length}")
        return value.strip()


class ModelMeta(type):
    models = []

    def __new__(mcls, name, bases, ns):
        fields = {}
        for base in bases:
            fields.update(getattr(base, "_fields", {}))
        own = sorted(((k, v) for k, v in ns.items() if isinstance(v, Field)), key=lambda kv: kv[1].counter)
        fields.update(own)
        ns["_fields"] = fields
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            cls._table = []
            cls._next_id = 1
            ModelMeta.models.append(name)
        return cls

    def __len__(cls):
        return len(cls._table)

    def __iter__(cls):
        return iter(cls._table)

    def __repr__(cls):
        return f"<model {cls.__name__} fields={list(cls._fields)}>"


class Model(metaclass=ModelMeta):
    def __init__(self, **values):
        self._data = {}
        for name, field in self._fields.items():
            if name in values:
                setattr(self, name, values.pop(name))
            elif field.required and field.default is None:
                field.fail("missing")
        if values:
            raise TypeError(f"unknown fields for {type(self).__name__}: {sorted(values)}")
        self.id = None

    def save(self):
        cls = type(self)
        if self.id is None:
            self.id = cls._next_id
            cls._next_id += 1
            cls._table.append(self)
        return self

    @classmethod
    def filter(cls, **criteria):
        def matches(obj):
            for key, want in criteria.items():
                name, _, op = key.partition("__")
                have = getattr(obj, name)
                if op == "" and have != want:
                    return False
                if op == "lt" and not have < want:
                    return False
                if op == "gte" and not have >= want:
                    return False
                if op == "contains" and want not in have:
                    return False
            return True
        return [obj for obj in cls._table if matches(obj)]

    @classmethod
    def get(cls, **criteria):
        found = cls.filter(**criteria)
        if len(found) != 1:
            raise LookupError(f"{cls.__name__}.get matched {len(found)} rows")
        return found[0]

    def __repr__(self):
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}#{self.id}({shown})"

    def __eq__(self, other):
        return type(self) is type(other) and self.id == other.id and self.id is not None

    def __hash__(self):
        return hash((type(self).__name__, self.id))


class Product(Model):
    name = StrField(max_length=12)
    price = IntField(minimum=0)
    stock = IntField(minimum=0, default=0, required=False)


class Perishable(Product):
    days = IntField(minimum=1, default=7, required=False)


print(Product, Perishable, ModelMeta.models)
print(Product.name, Perishable._fields["days"].owner_name, type(Product).__name__)
for values in (dict(name=" apple ", price=30, stock=100), dict(name="pear", price=45),
               dict(name="widget", price=999, stock=3), dict(name="gadget", price=250, stock=12)):
    print("saved", Product(**values).save())
milk = Perishable(name="milk", price=99, stock=20, days=5).save()
bread = Perishable(name="bread", price=150).save()
print(milk, bread, len(Product), len(Perishable))
print([p.name for p in Product])
print(Product.filter(price__lt=100), Product.filter(stock=0))
print(Product.filter(name__contains="dg"), Product.filter(price__gte=200, stock__lt=10))
print(Product.get(name="pear"))
try:
    Product.get(price__lt=1000)
except LookupError as e:
    print("LookupError:", e)
bad_inputs = [dict(name="x" * 13, price=1), dict(name="ok", price=-1), dict(name=5, price=1),
              dict(price=1), dict(name="ok", price=True), dict(name="ok", price=1, color="red")]
for values in bad_inputs:
    try:
        Product(**values)
    except ValidationError as e:
        print("ValidationError:", e, "| field", e.field)
    except TypeError as e:
        print("TypeError:", e)
pear = Product.get(name="pear")
pear.stock = 7
pear.price += 5
print(pear, pear._data)
del pear.stock
print(pear.stock, pear._data)
try:
    del pear.name
except ValidationError as e:
    print("ValidationError:", e)
try:
    milk.days = 0
except ValueError as e:
    print("ValueError:", e, isinstance(e, ValidationError))
print(milk == Perishable.get(name="milk"), milk == pear, len({milk, pear, Perishable.get(name="milk")}))
print(sum(p.price * p.stock for p in Product), sorted(Product, key=lambda p: -p.price)[0].name)
print(isinstance(Product.__dict__["price"], IntField), "days" in Product._fields, list(Perishable._fields))
