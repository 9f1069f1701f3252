path = "/tmp/anhinga_conf_open_read_sizes.txt"
with open(path, "w") as f:
    f.write("abcdefghij\nklm\n")
with open(path) as f:
    print(repr(f.read(4)), repr(f.read(4)), repr(f.readline()), repr(f.read()), repr(f.read()))
with open(path) as f:
    print(repr(f.readline(3)), repr(f.readline()), f.readlines())
