# covers: module.random.seed
import random
r1 = random.Random(123)
r2 = random.Random(123)
print([r1.randint(0, 9) for _ in range(10)])
print([r2.randint(0, 9) for _ in range(10)])
random.seed(123)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
again = [random.random() for _ in range(3)]
print(first == again, first)
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))
r3 = random.Random()
r3.seed(5)
print(r3.random(), r3.choice([10, 20, 30]))
