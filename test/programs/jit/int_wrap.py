# covers: tier.jit, lang.expr.bitwise, lang.expr.arith
# Int arithmetic whose result only feeds `& mask` (a constant mask below 2**32) computes
# modulo 2**32 in compiled code: linear congruential generators, hash mixing with products
# far past 2**53, negative and big operands, and masks the rule does not cover (a mask from
# a variable, a 64-bit mask) computed exactly.


class Rng:
    def __init__(self, seed):
        self.seed = seed

    def next(self):
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        return self.seed


def mix(a, b):
    k = 7
    return (a * 31 - b * 17 + k * a) & 0xFFFFFFFF, (a - b) & 0xFF, (b * a) & 4294967295


def wide(a, b, mask):
    return (a * b + 1) & mask, (a * b + 1) & 0xFFFFFFFFFFFFFFFF


def main():
    r = Rng(42)
    total = 0
    for i in range(5000):
        total += r.next() & 0xFF
    print(total, r.seed)
    out = 0
    for i in range(3000):
        x, y, z = mix(i * 123456789, -i * 987654321)
        out ^= x + y + z
    print(out)
    print(mix(2**52, -2**52), mix(2**70, 3), mix(-5, 2**40))
    acc = 0
    for i in range(2000):
        p, q = wide(i * 99991, 2**40 + i, 0xFFFF)
        acc = (acc + p + q) % 1000000007
    print(acc, wide(-3, 2**60, 0xFFFFFFFF))


main()
