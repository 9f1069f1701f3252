import time
t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
print(tuple(time.gmtime(1_000_000_000))[:6])
