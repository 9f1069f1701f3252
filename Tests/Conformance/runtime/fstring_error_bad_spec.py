value = "text"
print(f"{value:>10}")
print(f"{value!r:^12}")
print(f"{len(value):d}")
print(f"{value:d}")
