# An uncaught exception raised from another shows both tracebacks with the
# "direct cause" line between them.
class ConfigError(Exception):
    pass


def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise ConfigError(f"bad setting {text!r}") from e


print(load("12"))
load("twelve")
