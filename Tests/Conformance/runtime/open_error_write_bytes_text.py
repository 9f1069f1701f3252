path = "/tmp/anhinga_conf_open_error_write_bytes_text.txt"
with open(path, "w") as f:
    f.write("text is fine\n")
    print("wrote text")
    f.write(b"bytes into a text file")
