# covers: module.functools.reduce
import functools
import operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 6)))
print(functools.reduce(lambda a, b: a + b, ["a", "b", "c"]), functools.reduce(max, [3, 9, 2]))
print(functools.reduce(operator.add, [], 0), functools.reduce(operator.add, [5]), functools.reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3], 0))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
