# covers: exc.ZeroDivisionError, exc.OverflowError, type.float
tests = [
    ("1.0 / 0", lambda: 1.0 / 0),
    ("0.0 / 0.0", lambda: 0.0 / 0.0),
    ("5 % 0.0", lambda: 5 % 0.0),
    ("2.0 ** 10000", lambda: 2.0 ** 10000),
    ("10.0 ** 400", lambda: 10.0 ** 400),
    ("1e308 * 10", lambda: 1e308 * 10),
    ("inf - inf", lambda: float("inf") - float("inf")),
]
for name, fn in tests:
    try:
        print(name, "=", fn())
    except (ZeroDivisionError, OverflowError) as e:
        print(name, "->", type(e).__name__, e)
