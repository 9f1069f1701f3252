path = "/tmp/anhinga_conf_open_overwrite.txt"
with open(path, "w") as f:
    f.write("a much longer original text\n")
with open(path, "w") as f:
    f.write("short\n")
with open(path) as f:
    print(repr(f.read()))
