# covers: module.random.choice
import random
random.seed(10)
colors = ["red", "green", "blue", "yellow"]
print([random.choice(colors) for _ in range(10)])
print(random.choice("abcdef"), random.choice(range(100)), random.choice((1, 2)))
random.seed(11)
print("".join(random.choice("ACGT") for _ in range(40)))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
