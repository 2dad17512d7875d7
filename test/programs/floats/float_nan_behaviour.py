# covers: lang.literal.float_inf_nan
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan >= 1, nan > float("-inf"))
print(sorted([3.0, 1.0, 2.0]), max(1, 2, 3.5), min(float("inf"), 5))
print(nan + 1, nan * 0, 0 * nan, nan ** 0, 1 ** nan, nan // 1 if False else nan % 1)
print([nan] == [nan], (nan,) == (nan,), nan in (nan,))
x = [nan]
print(x == x, x[0] is nan)
import math
print(math.isnan(nan), math.isnan(1.0), math.isinf(float("-inf")), math.isfinite(nan))
