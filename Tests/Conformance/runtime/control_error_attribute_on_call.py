def get_config(name):
    return {"port": 80} if name == "web" else None

print(get_config("web")["port"])
port = get_config("db").port
