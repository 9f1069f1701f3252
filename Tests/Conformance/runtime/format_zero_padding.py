for v in [5, -5, 3.14, -3.14, 123456]:
    print(f"{v:08}", f"{v:+08}", f"{v:08.2f}" if isinstance(v, float) else f"{v:#010x}")
print(f"{'s':05}", f"{'s':0<5}")
print("%05d|%05.1f|%-05d|" % (42, 2.25, 7))
print("{:03}|{:03}".format(1, -1))
