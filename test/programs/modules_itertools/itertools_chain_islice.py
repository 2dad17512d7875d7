# covers: module.itertools.chain, module.itertools.islice
import itertools
print(list(itertools.chain([1, 2], (3,), "ab", range(2))), list(itertools.chain()))
print(list(itertools.chain.from_iterable([[1], [2, 3], []])), list(itertools.chain.from_iterable(["ab", "c"])))
print(list(itertools.islice(range(10), 3)), list(itertools.islice(range(10), 2, 8, 3)), list(itertools.islice("abcdef", 1, None)))
print(list(itertools.islice(range(10), 5, 2)), list(itertools.islice(iter([1, 2, 3]), 0, None, 2)))
it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it))
try:
    itertools.islice(range(3), -1)
except ValueError as e:
    print("ValueError:", e)
