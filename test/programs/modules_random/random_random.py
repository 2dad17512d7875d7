# covers: module.random.seed, module.random.random
import random
random.seed(42)
print([random.random() for _ in range(5)])
random.seed(42)
print(random.random())
random.seed(0)
print(random.random(), random.random())
random.seed(12345678901234567890)
print(random.random())
random.seed(-7)
print(random.random())
random.seed(2**64 + 3)
print(random.random())
random.seed(1)
vals = [random.random() for _ in range(1000)]
print(min(vals) >= 0.0, max(vals) < 1.0, round(sum(vals), 6))
