# covers: module.random.randint
import random
random.seed(1)
print([random.randint(1, 6) for _ in range(20)])
random.seed(2)
print([random.randint(-100, 100) for _ in range(10)])
print(random.randint(5, 5), random.randint(0, 2**70))
random.seed(3)
print([random.randint(0, 1) for _ in range(30)])
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
