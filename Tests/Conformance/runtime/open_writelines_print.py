path = "/tmp/anhinga_conf_open_writelines_print.txt"
with open(path, "w") as f:
    f.writelines(["a\n", "b\n"])
    f.writelines(x + "\n" for x in "cd")
    print("printed", 1, 2, sep="|", file=f)
    print("no newline", end="", file=f)
with open(path) as f:
    print(f.read().splitlines())
