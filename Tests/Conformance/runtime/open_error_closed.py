path = "/tmp/anhinga_conf_open_error_closed.txt"
with open(path, "w") as f:
    f.write("x")
print(f.closed)
f.write("after close")
