# covers: module.random.randrange
import random
random.seed(7)
print([random.randrange(10) for _ in range(15)])
print([random.randrange(5, 10) for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(10)])
print([random.randrange(10, 0, -3) for _ in range(8)])
print(random.randrange(10**30), random.randrange(1, 2))
for args in ((0,), (5, 5), (1, 10, 0)):
    try:
        random.randrange(*args)
    except ValueError as e:
        print("ValueError:", e)
