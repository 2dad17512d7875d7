# covers: module.math.sqrt_pow
import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(0), math.sqrt(10**20), math.sqrt(-0.0))
print(math.isqrt(17), math.isqrt(10**40), math.isqrt(0), math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3))
print(math.hypot(3, 4), math.hypot(1, 1, 1, 1), math.dist((0, 0), (3, 4)))
print(math.pow(0, 0), math.pow(1, math.nan), math.pow(math.inf, 0), math.sqrt(math.inf))
for fn, args in ((math.sqrt, (-1,)), (math.isqrt, (-1,)), (math.pow, (0, -1)), (math.pow, (-8, 1/3))):
    try:
        fn(*args)
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)
try:
    math.pow(10, 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.isqrt(2.0)
except TypeError as e:
    print("TypeError:", e)
