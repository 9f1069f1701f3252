import time
t = time.time()
print(isinstance(t, float), t > 1_600_000_000)
print(isinstance(time.perf_counter(), float), isinstance(time.monotonic(), float))
print(isinstance(time.time_ns(), int), isinstance(time.perf_counter_ns(), int))
print(isinstance(time.process_time(), float))
