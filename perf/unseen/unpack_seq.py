# Tuple-heavy code: swaps, rotations and unpacking of tuples and lists of many widths,
# star-unpacking, tuples as dict keys, zip/enumerate unpacking and returning several
# values. Prints checksums of each phase.
import sys

DEFAULT_N = 500000


def rotate(a, b, c, d):
    return b, c, d, a


def minmax(seq):
    lo = hi = seq[0]
    for v in seq:
        if v < lo:
            lo = v
        elif v > hi:
            hi = v
    return lo, hi


def phase_swap(n):
    a, b, c, d, e = 1, 2, 3, 4, 5
    acc = 0
    for i in range(n):
        a, b, c, d, e = e, a, b, c, d
        a, b = b, a
        c, d, e = (d + i) % 1000, e, c
        acc += a * 3 + b * 5 + c * 7 + d + e
    return acc % 1000000007, (a, b, c, d, e)


def phase_rotate(n):
    t = (1, 2, 3, 4)
    total = 0
    for i in range(n):
        t = rotate(*t)
        w, x, y, z = t
        total += w - x + y * z
        if i % 3 == 0:
            t = (w + 1, x, y, z % 97)
    return total, t


def phase_star(n):
    data = list(range(12))
    s = 0
    for i in range(n // 4):
        first, second, *middle, last = data
        s += first + second + len(middle) + last
        head, *tail = middle
        s += head + sum(tail[:2])
        data = [last] + middle + [first, second]
        data = data[1:] + data[:1]
    return s, data


def phase_keys(n):
    grid = {}
    for i in range(n // 2):
        key = (i % 37, i % 41, (i * 7) % 13)
        x, y, z = key
        grid[key] = grid.get(key, 0) + x * y - z
    best = max(grid.items(), key=lambda kv: (kv[1], kv[0]))
    pairs = sorted(grid)[:3]
    return len(grid), best, pairs


def phase_zip(n):
    xs = [i * 3 % 101 for i in range(200)]
    ys = [i * 7 % 103 for i in range(200)]
    total = 0
    rounds = n // 200
    for r in range(rounds):
        for idx, (x, y) in enumerate(zip(xs, ys)):
            total += (x - y) * (idx & 3)
        lo, hi = minmax(xs)
        total += hi - lo
        xs, ys = ys, xs
    return total


def main(n):
    out = []
    out.append('swap: %r' % (phase_swap(n),))
    out.append('rotate: %r' % (phase_rotate(n),))
    out.append('star: %r' % (phase_star(n),))
    out.append('keys: %r' % (phase_keys(n),))
    out.append('zip: %r' % phase_zip(n * 4))
    return '\n'.join(out)


if __name__ == '__main__':
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))
