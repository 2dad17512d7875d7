# covers: lang.expr.bitwise
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
print(1 << 4, 1 << 100, 256 >> 4, -256 >> 4, -1 >> 10, 5 >> 10)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10)
print((1 << 64) - 1 & 0xFFFF, (2**70 | 1) >> 69, -(2**70) >> 3)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)
print(0b1100 & 0b1010 == 0b1000, bin(0b1010 ^ 0b0110))
x = 0xF0
x &= 0x3C
x |= 1
x ^= 0xFF
x <<= 2
x >>= 1
print(x)
