# covers: module.math.errors
import math
for fn, arg in ((math.sqrt, "4"), (math.floor, "1.5"), (math.log, None), (math.factorial, [3]), (math.gcd, 1.5)):
    try:
        fn(arg)
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)
print(math.sqrt(True), math.floor(True), math.factorial(True), math.sqrt(4) == 2)
class Floaty:
    def __float__(self):
        return 9.0
print(math.sqrt(Floaty()))
