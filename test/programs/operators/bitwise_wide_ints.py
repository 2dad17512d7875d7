# covers: lang.expr.bitwise, lang.literal.int
# & | ^ << >> on ints around the 32-bit and 53-bit boundaries, negative ones included:
# the results must not depend on how wide an int the VM keeps unboxed.
import random
r = random.Random(3)
vals = [0, 1, -1, 2**31 - 1, -2**31, 2**31, 2**32 - 1, 2**32, -2**32, 2**52, 2**53 - 1, -(2**53 - 1), 2**53, -2**53, 2**60 + 5, -2**60 - 7, 0xFFFFFFFF, 0x9E3779B9]
for _ in range(300):
    k = r.randrange(1, 60)
    vals.append(r.randrange(-2**k, 2**k))
h = 0
for a in vals:
    for b in vals:
        for v in (a & b, a | b, a ^ b):
            h = (h * 1000003 + v) % (2**61 - 1)
        if 0 <= b % 64 < 60:
            s = b % 64
            h = (h * 31 + (a << s) + (a >> s)) % (2**61 - 1)
print(h)
print([x & 0xFFFFFFFF for x in vals[:18]])
print([x | -2**40 for x in vals[:18]])
print([x ^ (2**52 + 3) for x in vals[:18]])
print([x << 20 for x in vals[:18]])
print(-(2**53 - 1) & -2, (2**53 - 1) | 2**52, (2**53 - 1) ^ -(2**53 - 1), -(2**53 - 1) | -2**52)
