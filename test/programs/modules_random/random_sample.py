# covers: module.random.sample
import random
random.seed(8)
print(random.sample(range(100), 10))
print(random.sample(["a", "b", "c", "d", "e"], 3))
print(random.sample("xyz", 3), random.sample(range(10), 0))
print(sorted(random.sample(range(1, 50), 6)))
print(random.sample(range(10**9), 5))
print(random.sample(range(30), 25))
print(random.sample(["r", "g", "b"], k=5, counts=[3, 1, 1]))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
