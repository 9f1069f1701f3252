path = "/tmp/anhinga_conf_open_append.txt"
with open(path, "w") as f:
    f.write("start\n")
for i in range(3):
    with open(path, "a") as f:
        f.write(f"append {i}\n")
with open(path) as f:
    print(f.read(), end="")
