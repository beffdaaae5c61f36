# time.time and time.perf_counter advance; only comparisons are printed (values vary).
import time
t0 = time.time()
p0 = time.perf_counter()
total = 0
for i in range(10000):
    total += i
t1 = time.time()
p1 = time.perf_counter()
print(total, t1 >= t0, p1 >= p0, t0 > 1.6e9, type(t0).__name__)
m = time.monotonic()
print(time.monotonic() >= m)
time.sleep(0.01)
print(time.perf_counter() - p1 >= 0.005)
