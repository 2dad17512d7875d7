# covers: module.math.misc
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e308, -1e308, 1.5]), math.fsum([]))
try:
    math.fsum([1e308, 1e308, -1e308])
except OverflowError as e:
    print("OverflowError:", e)
print(math.frexp(8.0), math.frexp(0.1), math.frexp(0), math.frexp(-3))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(3, 2))
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(0.999))
