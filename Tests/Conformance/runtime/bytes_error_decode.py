raw = b"ok \xff\xfe"
print(len(raw))
print(raw[:3].decode("utf-8"))
print(raw.decode("latin-1"))
print(raw.decode("utf-8"))
