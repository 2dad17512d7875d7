# covers: lang.expr.bitwise, lang.literal.int
a = (1 << 130) | 0xDEADBEEF
b = (1 << 129) - 1
print(a & b, a | b, a ^ b)
print(~a, -a & b, -a | 7, -a ^ -b)
print(a >> 100, a << 70, -a >> 64, (-1 << 200) >> 199)
print(hex(a), bin(b)[:20], oct(-a))
print(a.bit_length(), (-a).bit_length())
print((1 << 1000) >> 998, 1 << 0, 12345 >> 1000, -12345 >> 1000)
