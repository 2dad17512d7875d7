# covers: module.math.exp_log
import math
print(math.exp(0), math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(1000))
print(round(math.exp(1), 12), round(math.log(10), 12), round(math.log2(3), 12), round(math.log10(2), 12))
print(math.log2(2**100), math.log10(10**50), round(math.log(2**1000, 2), 9), round(math.log(10**500), 6))
print(round(math.expm1(1e-10), 20), round(math.log1p(1e-10), 20), math.exp(-1000), math.exp(math.inf), math.exp(-math.inf))
for fn, args in ((math.log, (0,)), (math.log, (-1,)), (math.log10, (0,)), (math.log2, (-2,)), (math.log, (10, 1)), (math.log, (0.0,))):
    try:
        fn(*args)
    except (ValueError, ZeroDivisionError) as e:
        print(fn.__name__, args, type(e).__name__, e)
try:
    math.exp(710)
except OverflowError as e:
    print("OverflowError:", e)
