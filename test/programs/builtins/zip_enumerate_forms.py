# covers: builtin.func.zip, builtin.func.enumerate
# zip with zero to four iterables, strict=True, next() with a default after exhaustion;
# enumerate with a start (also a big int and by keyword) over strings and generators; errors.
print(list(zip()), list(zip([1, 2])), list(zip([1, 2], 'ab')), list(zip([1], [2], [3])), list(zip([1], [2], [3], [4])))
print(list(enumerate('ab')), list(enumerate('ab', 5)), list(enumerate('ab', start=2 ** 60)), type(zip()).__name__, type(enumerate([])).__name__)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
z = zip([1, 2, 3], [4, 5])
print(next(z), next(z), next(z, 'done'), next(z, 'done'))
e = enumerate(x * 2 for x in range(3))
print(next(e), list(e))
try:
    zip(1)
except TypeError as e:
    print(e)
try:
    enumerate()
except TypeError as e:
    print(e)
print(list(enumerate(start=1, iterable='ab')))
print(list(enumerate(start=1, iterable='ab')))
