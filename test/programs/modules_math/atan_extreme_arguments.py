# covers: module.math.trig, module.math.errors
# atan and atan2 at the ends of the float range (1e308, subnormals) return CPython's values
# instead of failing inside the double-double kernels.
import math
vals = [1e308, -1.7976931348623157e308, 1e300, 1e-300, 5e-324, -5e-324, 1.0, -2.5, 1e-310, 3e307, 2.0 ** 1000, 2.0 ** -1000]
print([round(math.atan(v), 12) for v in vals])
for y in vals:
    print([round(math.atan2(y, x), 12) for x in vals])
