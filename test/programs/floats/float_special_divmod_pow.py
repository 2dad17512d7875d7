# covers: type.float, lang.expr.floordiv_mod, lang.expr.pow, lang.literal.float_inf_nan
# Floor division, modulo, divmod and ** with infinities, NaN and signed zeros follow CPython's
# float_divmod and float_pow (1 // -inf is -1.0, divmod(inf, inf) is (nan, nan), (-inf) ** 0.5 is inf).
inf = float("inf"); nan = float("nan")
tests = [(1, inf), (-1, inf), (1, -inf), (-1, -inf), (0.5, -inf), (-0.5, inf), (0.0, inf), (-0.0, -inf), (5e-324, -inf), (1e308, inf), (inf, inf), (-inf, 2), (nan, inf), (2**70, -inf), (7, 2.5), (-7, -inf)]
for a, b in tests:
    res = []
    for f in (lambda: a // b, lambda: a % b, lambda: divmod(a, b), lambda: a ** b, lambda: b ** a, lambda: b // a if a else 0):
        try:
            res.append(repr(f()))
        except Exception as e:
            res.append(type(e).__name__)
    print(a, b, res)
for a, b in [(0.0, -inf), (0, -inf), (-0.0, -inf), (-1e-308, -inf), (-0.5, inf), (-2.0, inf), (-2.0, -inf), (-inf, 0.5), (-inf, -0.5), (-inf, 3), (-inf, -3), (inf, -2), (nan, 0), (1, nan), (-1, inf), (-1, nan)]:
    try:
        print(a, b, a ** b)
    except Exception as e:
        print(a, b, type(e).__name__, e)
