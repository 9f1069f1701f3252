h, m, s = 7, 5, 9
print(f"{h:02d}:{m:02d}:{s:02d}")
print(f"{h:02}:{m:02}")
seconds = 3725
print(f"{seconds // 3600}h {seconds % 3600 // 60:02d}m {seconds % 60:02d}s")
print(f"{'':-^20}")
print(f"{3.0:g} {3.10:g} {1e-7:g} {123456789.0:g}")
