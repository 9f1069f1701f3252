path = "/tmp/anhinga_conf_open_newlines.txt"
with open(path, "wb") as f:
    f.write(b"unix\nwindows\r\nold mac\rend")
with open(path) as f:
    print(f.readlines())
with open(path, "rb") as f:
    print(f.read().split(b"\n"))
with open(path, newline="") as f:
    print(f.readlines())
