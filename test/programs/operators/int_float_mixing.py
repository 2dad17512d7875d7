# covers: lang.expr.int_float_mix
print(1 + 2.0, 3 * 1.5, 10 - 0.5, 7 / 2, 8 / 4)
print(1 == 1.0, 2 < 2.5, 3 >= 3.0, 0 == -0.0)
print(10**20 == 1e20, 10**16 + 1 == 1e16, 2**53 + 1 == float(2**53 + 1))
print(int(3.9), int(-3.9), float(7), round(2.5), round(3.5), round(-2.5))
print(1 / 3 * 3, 0.1 * 3, 10**20 / 10**10, 2**63 / 2)
print(True + 0.5, 5 // 2.0, 5 % 2.0, -5 // 2.0)
print(type(3 + 0.0).__name__, type(3 * True).__name__)
print(1e300 * 10**10, 10**400 // 10**390)
