# covers: module.random.uniform
import random
random.seed(21)
print([random.uniform(0, 10) for _ in range(5)])
print([random.uniform(-1, 1) for _ in range(3)])
print(random.uniform(5, 5), random.uniform(10, 0))
random.seed(21)
a = random.random()
random.seed(21)
print(random.uniform(2, 4) == 2 + 2 * a)
