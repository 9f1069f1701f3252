path = "/tmp/anhinga_conf_open_error_write_on_read.txt"
with open(path, "w") as f:
    f.write("x")
with open(path) as f:
    f.write("more")
