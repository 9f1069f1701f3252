import time
time.sleep(0.0)
time.sleep(0)
print("numbers are fine")
time.sleep("1")
