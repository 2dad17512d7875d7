# covers: lang.expr.arith, lang.expr.bitwise, type.int, type.float
# Constant expressions: each value must be what the operation gives at run time.
print(1 << 60, 2 ** 32 - 1, 7 // -2, -7 % 3, 7 % -3, -7 // 2, 10 ** 20, (1 << 100) >> 99, -(1 << 70) >> 200)
print(1 / 3, 2 / 4, 1.5 * 2, 0.1 + 0.2, 3 - 0.5, -0.0 + 0, 0.0 * -1, 1e308 * 10, 2 ** 0.5, 2 ** -1)
print(True + True, True & False, True | 2, ~True, -True, 3 * True, 1 << 200, 'ab' + 'cd', 'ab' * 3)
print(0xFFFFFFFF & 0x0F0F, 0x10 | 0x01, 0b1010 ^ 0b0110, 5 - -3, +7, (2 ** 64) * (2 ** 63), 9007199254740993 / 1)
print(type(1 / 1).__name__, type(2 ** 2).__name__, type(True & True).__name__, (2 ** 62) * 4)
MASK = (1 << 32) - 1
print(MASK, hex(0xDEADBEEF * 3 & MASK))
def div():
    return 1 / 0
def mod():
    return 5 % 0
def shift():
    return 1 << -1
def fdiv():
    return 2.0 // 0
for f in (div, mod, shift, fdiv):
    try:
        f()
    except (ZeroDivisionError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
x = 10
print(x + 2 * 3, (x + 1) + 2 + 3, 1 + 2 + x, 'a' + 'b' + str(x))
