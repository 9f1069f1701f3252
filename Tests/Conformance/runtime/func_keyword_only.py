def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"

print(connect("example"))
print(connect("example", port=443, secure=True))
print(connect(secure=True, host="h"))

def only_kw(*, a, b):
    return a - b

print(only_kw(b=1, a=10))
