path = "/tmp/anhinga_conf_open_file_state.txt"
f = open(path, "w")
print(f.closed, f.mode, f.writable(), f.readable())
f.write("data")
f.close()
print(f.closed)
with open(path) as g:
    print(g.mode, g.readable(), g.writable(), g.read())
print(g.closed)
try:
    g.read()
except ValueError as e:
    print("ValueError:", e)
