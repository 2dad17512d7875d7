# covers: lang.expr.int_float_mix, exc.OverflowError
print(float(2**100), float(-(3**60)), float(10**22), float(2**53 + 1))
print(int(1e30), int(-1.5e20), int(2.0**80))
print(2**1023 * 1.0, 10**308 < 1e309, 10**400 > 1e308)
print(10**50 / 10**25, 2**100 / 2**90, (10**30 + 1) / 10**30)
print(10**30 == 1e30, 2**70 == 2.0**70, 10**400 > float("inf"), -(10**400) < float("-inf"))
for f in (lambda: float(10**400), lambda: 10**400 / 1, lambda: 10**400 * 1.0):
    try:
        f()
    except OverflowError as e:
        print("OverflowError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
print(10**400 // 10**399, (10**400) % 3, 10**400 // 7.0 if False else "skip")
