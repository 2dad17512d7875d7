# covers: module.time.time, module.time.sleep, module.time.perf_counter, module.time.monotonic
import time
t0 = time.time()
print(t0 > 1_600_000_000, type(t0).__name__)
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
p1 = time.perf_counter()
m1 = time.monotonic()
print(p1 - p0 >= 0, p1 - p0 >= 0.005, m1 >= m0, type(p0).__name__, type(m0).__name__)
print(time.sleep(0) is None)
print(time.time() >= t0)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
