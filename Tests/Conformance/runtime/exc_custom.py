class AppError(Exception):
    pass

class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(f"{key}: {reason}")
        self.key = key

try:
    raise ConfigError("timeout", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)
print(issubclass(ConfigError, Exception), isinstance(ConfigError("a", "b"), AppError))
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args)
