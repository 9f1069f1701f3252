path = "/tmp/anhinga_conf_open_error_write_str_binary.bin"
with open(path, "wb") as f:
    f.write(b"bytes are fine\n")
    print("wrote bytes")
    f.write("text into a binary file")
