path = "/tmp/anhinga_conf_open_utf8.txt"
text = "héllo wörld\n日本語\n😀\n"
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
with open(path, encoding="utf-8") as f:
    back = f.read()
print(back == text, len(back))
with open(path, "rb") as f:
    raw = f.read()
print(len(raw), raw[:8], raw.decode("utf-8") == text)
