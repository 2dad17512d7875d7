# covers: module.random.choices
import random
random.seed(5)
print(random.choices("abc", k=10))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=12))
print(random.choices(["x", "y"], cum_weights=[1, 10], k=8))
print(random.choices(range(100), k=5), random.choices("q"))
random.seed(6)
counts = {"a": 0, "b": 0, "c": 0}
for v in random.choices("abc", weights=[1, 2, 7], k=1000):
    counts[v] += 1
print(counts)
try:
    random.choices("ab", weights=[1], k=2)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choices("ab", weights=[1, 1], cum_weights=[1, 2])
except TypeError as e:
    print("TypeError:", e)
