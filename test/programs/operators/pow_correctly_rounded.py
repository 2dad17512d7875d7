# covers: lang.expr.pow, lang.expr.int_float_mix
# ** on floats and int ** negative int go through the C library's pow, which rounds
# correctly: 10 ** -5 is 1e-05, not 9.999999999999999e-06 as with a naive pow.
for e in range(-12, 0):
    print(e, 10 ** e, 10.0 ** e, 3 ** e, 7.0 ** e, pow(10, e), 2 ** e)
print(1.1 ** 10, 1.0001 ** 10000, 2.5 ** 0.5, 10.0 ** 0.5, 0.1 ** 3, 3.0 ** 35, (-3.0) ** 5)
print(1.5 ** -7, 1e10 ** -3, 123.456 ** 2.5, 0.99 ** 1000, 2.0 ** -1074, (-2.0) ** -3)
print([round(x ** 1.5, 9) for x in (0.25, 2.0, 9.0)], 1e-5 == 10 ** -5)
