# covers: module.math.trig
import math
r = lambda v: round(v, 10)
print(math.sin(0), math.cos(0), math.tan(0), r(math.sin(math.pi / 2)), r(math.cos(math.pi)), r(math.tan(math.pi / 4)))
print(r(math.sin(math.pi / 6)), r(math.cos(math.pi / 3)), r(math.sin(1)), r(math.cos(1)), r(math.tan(1)))
print(r(math.asin(1)), r(math.acos(0)), r(math.atan(1)), r(math.atan2(1, -1)), math.atan2(0, 1), r(math.atan2(-1, 0)))
print(r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(1)), math.tanh(100), r(math.asinh(1)), r(math.acosh(2)), r(math.atanh(0.5)))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), r(math.radians(45)))
for fn, v in ((math.asin, 2), (math.acos, -1.5), (math.sin, math.inf), (math.acosh, 0), (math.atanh, 1)):
    try:
        fn(v)
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)
