# SciMark-style kernels: Monte Carlo pi with random.Random (seeded, so CPython's Mersenne
# Twister sequence must match), successive over-relaxation on a grid, a sparse matrix
# (compressed rows) times vector, and a radix-2 FFT with its inverse on lists of floats.
# Prints results with %.10f and repr.
import math
import random
import sys

DEFAULT_N = 12


def monte_carlo(samples, rng):
    under = 0
    for _ in range(samples):
        x = rng.random()
        y = rng.random()
        if x * x + y * y <= 1.0:
            under += 1
    return under / samples * 4.0


def sor(n, cycles, omega):
    grid = [[((i * 7 + j * 13) % 17) / 17.0 for j in range(n)] for i in range(n)]
    c1 = omega * 0.25
    c2 = 1.0 - omega
    for _ in range(cycles):
        for i in range(1, n - 1):
            gim = grid[i - 1]
            gi = grid[i]
            gip = grid[i + 1]
            for j in range(1, n - 1):
                gi[j] = c1 * (gim[j] + gip[j] + gi[j - 1] + gi[j + 1]) + c2 * gi[j]
    return sum(sum(row) for row in grid)


def sparse_matvec(n, nz_per_row, reps, rng):
    values = []
    cols = []
    rowptr = [0]
    for r in range(n):
        chosen = sorted(rng.sample(range(n), nz_per_row))
        for c in chosen:
            cols.append(c)
            values.append(rng.uniform(-1.0, 1.0))
        rowptr.append(len(cols))
    x = [1.0 / (i + 1) for i in range(n)]
    y = [0.0] * n
    for _ in range(reps):
        for r in range(n):
            s = 0.0
            for k in range(rowptr[r], rowptr[r + 1]):
                s += values[k] * x[cols[k]]
            y[r] = s
        norm = math.sqrt(sum(v * v for v in y))
        x = [v / norm for v in y]
    return norm


def fft(re, im, inverse):
    n = len(re)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            re[i], re[j] = re[j], re[i]
            im[i], im[j] = im[j], im[i]
    size = 2
    sign = 1.0 if inverse else -1.0
    while size <= n:
        half = size >> 1
        theta = sign * 2.0 * math.pi / size
        wr = math.cos(theta)
        wi = math.sin(theta)
        for start in range(0, n, size):
            cr, ci = 1.0, 0.0
            for k in range(start, start + half):
                m = k + half
                tr = cr * re[m] - ci * im[m]
                ti = cr * im[m] + ci * re[m]
                re[m] = re[k] - tr
                im[m] = im[k] - ti
                re[k] += tr
                im[k] += ti
                cr, ci = cr * wr - ci * wi, cr * wi + ci * wr
        size <<= 1
    if inverse:
        for i in range(n):
            re[i] /= n
            im[i] /= n


def main(n):
    rng = random.Random(101)
    lines = []
    pi = monte_carlo(100000 * n, rng)
    lines.append('monte carlo pi: %.10f' % pi)
    lines.append('sor: %.10f' % sor(40, 10 * n, 1.25))
    lines.append('sparse norm: %.10f' % sparse_matvec(500, 8, 10 * n, rng))
    size = 1024
    re = [math.sin(i * 0.1) + rng.gauss(0.0, 0.1) for i in range(size)]
    im = [0.0] * size
    orig = re[:]
    peak = 0.0
    for _ in range(2 * n):
        fft(re, im, False)
        peak = max(math.hypot(a, b) for a, b in zip(re, im))
        fft(re, im, True)
    err = max(abs(a - b) for a, b in zip(re, orig))
    lines.append('fft peak: %.6f roundtrip<1e-9: %s' % (peak, err < 1e-9))
    lines.append('next random: %r %d' % (rng.random(), rng.randrange(10 ** 12)))
    return '\n'.join(lines)


if __name__ == '__main__':
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))
