def load(source):
    return [line async for line in source]
