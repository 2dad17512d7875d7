# covers: module.math.floor_ceil
import math
for v in (2.5, -2.5, 3.0, -0.1, 1e20, 7):
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
print(math.floor(10**30), math.ceil(-(10**30)), math.trunc(-7.9), math.fabs(-3), math.fabs(2.5))
print(math.modf(3.75), math.modf(-2.5), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, -2), -7 % 3)
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.remainder(10, 3), math.remainder(11, 3))
for bad in (math.inf, math.nan):
    try:
        math.floor(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
