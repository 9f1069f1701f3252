path = "/tmp/anhinga_conf_open_iteration.txt"
with open(path, "w", encoding="utf-8") as f:
    for i in range(1, 6):
        print(f"line {i}", "x" * i, file=f)
with open(path, encoding="utf-8") as f:
    for number, line in enumerate(f, start=1):
        print(number, line.rstrip("\n"))
with open(path, encoding="utf-8") as f:
    lengths = [len(line) for line in f]
print(lengths)
