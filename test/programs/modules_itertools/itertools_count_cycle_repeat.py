# covers: module.itertools.count, module.itertools.cycle, module.itertools.repeat
import itertools
c = itertools.count()
print(next(c), next(c), next(c))
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice(itertools.count(1.5, 0.5), 3)))
print(list(zip(itertools.count(1), "abc")), list(itertools.islice(itertools.count(5, -2), 4)))
cy = itertools.cycle("AB")
print([next(cy) for _ in range(5)], list(itertools.cycle([])))
print(list(itertools.repeat("x", 3)), list(itertools.repeat(None, 0)), list(map(pow, range(4), itertools.repeat(2))))
r = itertools.repeat(7)
print(next(r), next(r), repr(itertools.repeat(1, 2)), repr(itertools.count(3)))
