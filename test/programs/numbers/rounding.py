# covers: builtin.func.round
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(2.675, 2), round(1.005, 2), round(-3.14159, 3))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(12345, -1), round(15, -1), round(25, -1), round(7, 0), round(7, 3))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(round(0.1 + 0.2, 10), round(1e20, 2), round(2.5, None))
print(round(float("inf"), 2), round(-0.4), round(0.0001, 3))
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
