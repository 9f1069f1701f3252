path = "/tmp/anhinga_conf_open_error_bad_mode.txt"
with open(path, "w") as f:
    f.write("x")
mode = "z"
open(path, mode)
