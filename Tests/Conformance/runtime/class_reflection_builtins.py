# getattr/setattr/delattr/hasattr with defaults, vars(), dir() on classes,
# callable(), isinstance/issubclass with tuples, and type() of things.
class Config:
    debug = False

    def __init__(self):
        self.level = 3

    def method(self):
        return "m"


c = Config()
print(getattr(c, "level"), getattr(c, "missing", "fallback"), hasattr(c, "debug"), hasattr(c, "nope"))
setattr(c, "name", "cfg")
print(vars(c))
delattr(c, "name")
print(vars(c), "method" in dir(c), "level" in dir(c), "level" in dir(Config))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(c, "level2")
except AttributeError as e:
    print("AttributeError:", e)
print(callable(c), callable(Config), callable(c.method), callable(len), callable(3))
print(isinstance(c, Config), isinstance(3, (str, int)), isinstance(True, int), isinstance(c, (int, (str, Config))))
print(issubclass(bool, int), issubclass(Config, object), issubclass(int, (str, float)))
try:
    issubclass(c, Config)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(c, "Config")
except TypeError as e:
    print("TypeError:", e)
print(type(c) is Config, type(Config), type(len).__name__, type(c.method).__name__, type(Config.method).__name__)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in vars(Config) if not k.startswith("__")))
