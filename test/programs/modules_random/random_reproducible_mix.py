# covers: module.random.seed, module.random.random, module.random.randint, module.random.choice, module.random.shuffle
import random
def run(seed):
    random.seed(seed)
    out = []
    out.append(random.random())
    out.append(random.randint(1, 1000))
    out.append(random.choice("abcdefghij"))
    lst = list(range(8))
    random.shuffle(lst)
    out.append(lst)
    out.append(random.randrange(0, 50, 7))
    out.append(random.uniform(1, 2))
    out.append(random.sample(range(20), 4))
    out.append(round(random.gauss(0, 1), 12))
    out.append(random.choices("xyz", k=4))
    return out
a = run(2024)
b = run(2024)
print(a == b)
for item in a:
    print(item)
print(run(2025) != a)
