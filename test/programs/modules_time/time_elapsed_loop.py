# covers: module.time.perf_counter, module.time.monotonic
import time
start = time.perf_counter()
total = 0
for i in range(10000):
    total += i
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 5)
ticks = [time.monotonic() for _ in range(5)]
print(all(a <= b for a, b in zip(ticks, ticks[1:])))
