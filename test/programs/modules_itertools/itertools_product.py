# covers: module.itertools.product
import itertools
print(list(itertools.product("ab", [1, 2])))
print(list(itertools.product(range(2), repeat=3)))
print(list(itertools.product("xy", "z", [0])), list(itertools.product()), list(itertools.product("ab", [])))
print(["".join(p) for p in itertools.product("01", repeat=2)], len(list(itertools.product(range(4), repeat=4))))
