# covers: module.itertools.permutations
import itertools
print(list(itertools.permutations([1, 2, 3])))
print(list(itertools.permutations("abcd", 2)))
print(list(itertools.permutations(range(3), 0)), list(itertools.permutations([1], 2)), len(list(itertools.permutations(range(6)))))
print(["".join(p) for p in itertools.permutations("aab")])
