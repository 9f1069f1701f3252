def fetch(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise RuntimeError(f"missing setting {key!r}") from e

fetch({"a": 1}, "port")
