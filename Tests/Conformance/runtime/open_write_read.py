path = "/tmp/anhinga_conf_open_write_read.txt"
with open(path, "w") as f:
    n = f.write("first line\nsecond line\n")
    f.write("third\n")
print("wrote", n)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
