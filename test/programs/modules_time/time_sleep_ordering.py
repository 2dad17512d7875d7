# covers: module.time.sleep, module.time.monotonic, module.time.perf_counter, module.time.time
import time
marks = []
for delay in (0.002, 0.0, 0.005):
    before = time.monotonic()
    time.sleep(delay)
    marks.append(time.monotonic() - before >= 0)
print(marks)
t1 = time.time()
p1 = time.perf_counter()
time.sleep(0.02)
print(time.time() - t1 >= 0.0, time.perf_counter() - p1 >= 0.01)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
