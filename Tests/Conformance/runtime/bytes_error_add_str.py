data = b"abc"
print(data + b"def")
print(data + "def".encode())
text = "def"
print(data + text)
