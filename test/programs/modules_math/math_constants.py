# covers: module.math.constants
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.pi * 2 == math.tau, math.isinf(math.inf), math.isnan(math.nan), type(math.pi).__name__)
print(f"{math.pi:.10f}", round(math.e, 5), math.inf > 10**308)
