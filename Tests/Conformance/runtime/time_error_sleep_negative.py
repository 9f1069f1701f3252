import time
time.sleep(0)
print("slept 0")
print(time.sleep(0.001))
time.sleep(-1)
