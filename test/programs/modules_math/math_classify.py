# covers: module.math.classify
import math
vals = [0.0, -0.0, 1.5, math.inf, -math.inf, math.nan, 10**300, 5e-324]
for v in vals:
    print(repr(v) if not isinstance(v, int) else "10**300", math.isfinite(v), math.isinf(v), math.isnan(v))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
try:
    math.isfinite(10**400)
except OverflowError as e:
    print("OverflowError:", e)
