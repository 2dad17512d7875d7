# covers: tier.jit, lang.expr.arith, type.int
# Linear congruential generators reduced with % 2**31 and % 2**32 (computed in 32 bits by the
# JIT), next to % by other constants and mixed signs, which must stay exact.
class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


def mix(n):
    x = 1
    out = 0
    for i in range(n):
        x = (x * 69069 + 1) % 4294967296
        y = (x * 2654435761 - i) % 65536
        z = (i * 7 - x * 3) % 2147483648
        w = (x * x) % 1000003
        out = (out + x + y + z + w) % 1000000007
    return out


r = Lcg(2024)
print([r.next(100) for _ in range(10)])
s = 0
for _ in range(3000):
    s = (s + r.next(1000)) % 997
print(s, mix(5000), mix(1), (-5 * 3) % 8)
