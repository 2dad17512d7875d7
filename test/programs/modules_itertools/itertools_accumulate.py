# covers: module.itertools.accumulate
import itertools
import operator
print(list(itertools.accumulate([1, 2, 3, 4, 5])), list(itertools.accumulate([])))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)), list(itertools.accumulate([], initial=0)))
print(list(itertools.accumulate("abc")), list(itertools.accumulate([[1], [2]])))
print(list(itertools.accumulate([5, 3, 8], lambda a, b: a - b)), list(itertools.accumulate([0.1] * 4)))
