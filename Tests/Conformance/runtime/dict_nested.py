config = {"db": {"host": "localhost", "ports": [5432, 5433]}, "debug": True}
print(config["db"]["host"], config["db"]["ports"][1])
config["db"]["user"] = "admin"
print(config)
print(config.get("cache", {}).get("size", 64))
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
