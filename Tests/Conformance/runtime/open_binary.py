path = "/tmp/anhinga_conf_open_binary.bin"
data = bytes(range(0, 256, 17))
with open(path, "wb") as f:
    print(f.write(data), f.write(b"\x00\xff"))
with open(path, "rb") as f:
    content = f.read()
print(content, len(content), type(content).__name__)
with open(path, "rb") as f:
    print(f.read(3), f.read(2), f.read(100)[-2:], f.read())
