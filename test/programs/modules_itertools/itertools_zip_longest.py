# covers: module.itertools.zip_longest
import itertools
print(list(itertools.zip_longest("abc", [1])))
print(list(itertools.zip_longest("ab", "wxyz", fillvalue="-")))
print(list(itertools.zip_longest()), list(itertools.zip_longest([1, 2])), list(itertools.zip_longest([], [], fillvalue=0)))
print(["".join(p) for p in itertools.zip_longest("ace", "bd", fillvalue="")])
