class Service:
    data = await load()
