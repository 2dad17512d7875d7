# covers: exc.OverflowError, exc.ArithmeticError
import math
cases = [
    ("math.exp(1000)", lambda: math.exp(1000)),
    ("2.0 ** 5000", lambda: 2.0 ** 5000),
    ("int(float('inf'))", lambda: int(float("inf"))),
    ("float(10 ** 500)", lambda: float(10 ** 500)),
    ("math.factorial(10**20)", lambda: math.factorial(10**20)),
    ("math.ldexp(1.0, 5000)", lambda: math.ldexp(1.0, 5000)),
    ("round(1e308 * 10)", lambda: round(1e308 * 10)),
]
for name, fn in cases:
    try:
        fn()
    except OverflowError as e:
        print(name, "->", e, isinstance(e, ArithmeticError))
print(issubclass(OverflowError, ArithmeticError), issubclass(ZeroDivisionError, ArithmeticError))
