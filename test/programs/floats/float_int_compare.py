# covers: lang.expr.compare, lang.expr.int_float_mix
print(1 == 1.0, 1 < 1.5, 2**53 == 2.0**53, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53)
print(10**100 > 1e99, 10**100 == 1e100, 10**100 < 1e100, int(1e100) == 10**100)
print(float("inf") > 10**1000, float("-inf") < -(10**1000), float("nan") == 0)
print(sorted([3, 2.5, 1, 1.0, True, 0.5]), max(1, 1.0), max(1.0, 1), min(0, -0.0))
print(0.1 + 0.2 > 0.3, 0.5 == 1/2, 1/3 == 0.3333333333333333)
