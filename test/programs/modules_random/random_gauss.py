# covers: module.random.gauss
import random
random.seed(4)
print([random.gauss(0, 1) for _ in range(6)])
print([random.gauss(100, 15) for _ in range(4)])
random.seed(4)
print(random.gauss(), random.gauss(mu=5, sigma=0.5))
random.seed(9)
xs = [random.gauss(10, 2) for _ in range(2000)]
mean = sum(xs) / len(xs)
print(round(mean, 6), round((sum((x - mean) ** 2 for x in xs) / len(xs)) ** 0.5, 6))
random.seed(4)
print(random.gauss(0, 1))
random.seed(4)
random.gauss(0, 1)
print(random.random())
