# covers: module.itertools.combinations
import itertools
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.combinations(range(5), 3)))
print(list(itertools.combinations([1, 2], 0)), list(itertools.combinations([1, 2], 3)), len(list(itertools.combinations(range(10), 4))))
print([sum(c) for c in itertools.combinations([1, 2, 3, 4], 2)])
try:
    itertools.combinations([1], -1)
except ValueError as e:
    print("ValueError:", e)
