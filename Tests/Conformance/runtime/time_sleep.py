import time
start = time.perf_counter()
result = time.sleep(0.01)
elapsed = time.perf_counter() - start
print(result, elapsed >= 0.009)
time.sleep(0)
print("slept zero")
