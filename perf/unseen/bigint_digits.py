# Big integers: factorials by binary splitting and by a loop, Fibonacci numbers by fast
# doubling, digit sums and digit counts via str(), integer square roots by Newton, powers
# modulo, and gcd. Prints leading/trailing digits and digit statistics.
import sys
import math

DEFAULT_N = 1200


def fact_loop(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fact_split(lo, hi):
    if hi - lo < 8:
        r = 1
        for i in range(lo, hi + 1):
            r *= i
        return r
    mid = (lo + hi) // 2
    return fact_split(lo, mid) * fact_split(mid + 1, hi)


def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return d, c + d
    return c, d


def isqrt_newton(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def digit_stats(v):
    s = str(v)
    counts = [0] * 10
    for ch in s:
        counts[ord(ch) - 48] += 1
    return len(s), sum(i * c for i, c in enumerate(counts)), counts


def trailing_zeros(v):
    z = 0
    while v % 10 == 0:
        v //= 10
        z += 1
    return z


def main(n):
    lines = []
    f1 = fact_loop(n)
    f2 = fact_split(1, n)
    length, dsum, counts = digit_stats(f1)
    lines.append('%d! digits=%d sum=%d equal=%s zeros=%d' % (n, length, dsum, f1 == f2, trailing_zeros(f2)))
    lines.append('  head=%s counts=%s' % (str(f1)[:20], counts))
    fib, _ = fib_pair(n * 12)
    flen, fsum, _ = digit_stats(fib)
    lines.append('fib(%d) digits=%d sum=%d tail=%d' % (n * 12, flen, fsum, fib % 10 ** 12))
    r = isqrt_newton(f1)
    lines.append('isqrt ok: %s %s' % (r * r <= f1 < (r + 1) * (r + 1), r == math.isqrt(f1)))
    g = math.gcd(f1, fib)
    lines.append('gcd digits: %d' % len(str(g)))
    m = (1 << 521) - 1
    p = pow(3, m - 1, m)
    lines.append('fermat M521: %s' % (p == 1))
    acc = 0
    for i in range(1, n):
        acc = (acc * 7 + i ** 5) ^ (acc >> 3)
    lines.append('mix: bits=%d low=%d' % (acc.bit_length(), acc & 0xFFFFFFFF))
    h = 0
    for k in range(200, 200 + n * 2):
        h += sum(int(c) for c in str(2 ** (k % 4000)))
    for rep in range(n // 2):
        h += digit_stats(fact_split(1, n - rep))[1] % 1000
    lines.append('digit sums of powers of two: %d' % h)
    neg = -f1 // 7 ** 50
    lines.append('neg floor div: %s...%d' % (str(neg)[:12], neg % 1000))
    return '\n'.join(lines)


if __name__ == '__main__':
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))
