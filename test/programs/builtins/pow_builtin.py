# covers: builtin.func.pow
print(pow(2, 8), pow(2.0, 3), pow(2, -2), pow(9, 0.5))
print(pow(3, 4, 5), pow(10, 100, 7), pow(-2, 3, 5), pow(2, 3, -5), pow(7, -1, 11))
print(pow(base=2, exp=5), pow(0, 0), pow(0.0, 0), pow(1, 10**10))
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
