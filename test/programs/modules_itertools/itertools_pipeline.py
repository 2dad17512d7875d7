# covers: module.itertools.chain, module.itertools.islice, module.itertools.count, module.itertools.accumulate
import itertools
evens = (n for n in itertools.count() if n % 2 == 0)
first = list(itertools.islice(evens, 5))
print(first)
running = list(itertools.accumulate(itertools.chain(first, [100])))
print(running)
pairs = list(itertools.islice(itertools.product("AB", range(3)), 4))
print(pairs)
grid = [list(row) for row in itertools.zip_longest(*[[1, 2, 3], [4, 5], [6]], fillvalue=0)]
print(grid)
print(list(itertools.islice(itertools.cycle(itertools.permutations("ab")), 5)))
