# Dense linear algebra on lists of lists: matrix multiply (row-by-column with zip, and an
# i-k-j loop), transpose, LU decomposition with partial pivoting, a solve, and matrix
# powers of an integer matrix. Prints traces, norms and residuals.
import sys

DEFAULT_N = 150


def make_matrix(n, seed):
    x = seed
    m = []
    for i in range(n):
        row = []
        for j in range(n):
            x = (x * 69069 + 1) % 4294967296
            row.append((x >> 12) % 1000 / 100.0 - 5.0)
        m.append(row)
    return m


def transpose(a):
    return [list(col) for col in zip(*a)]


def matmul_zip(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def matmul_ikj(a, b):
    n = len(a)
    m = len(b[0])
    c = [[0.0] * m for _ in range(n)]
    for i in range(n):
        ci = c[i]
        ai = a[i]
        for k in range(len(b)):
            aik = ai[k]
            bk = b[k]
            for j in range(m):
                ci[j] += aik * bk[j]
    return c


def lu_solve(a, rhs):
    n = len(a)
    m = [row[:] + [rhs[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        p = m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / p
            if f != 0.0:
                mr = m[r]
                mc = m[col]
                for k in range(col, n + 1):
                    mr[k] -= f * mc[k]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = m[i][n]
        for k in range(i + 1, n):
            s -= m[i][k] * x[k]
        x[i] = s / m[i][i]
    return x


def int_matpow(m, e, mod):
    n = len(m)
    result = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
    base = m
    while e:
        if e & 1:
            result = [[sum(result[i][k] * base[k][j] for k in range(n)) % mod for j in range(n)] for i in range(n)]
        base = [[sum(base[i][k] * base[k][j] for k in range(n)) % mod for j in range(n)] for i in range(n)]
        e >>= 1
    return result


def main(n):
    a = make_matrix(n, 1)
    b = make_matrix(n, 2)
    c1 = matmul_zip(a, b)
    c2 = matmul_ikj(a, b)
    diff = max(abs(x - y) for r1, r2 in zip(c1, c2) for x, y in zip(r1, r2))
    trace = sum(c1[i][i] for i in range(n))
    fro = sum(x * x for row in c2 for x in row) ** 0.5
    rhs = [float(i % 7) - 3.0 for i in range(n)]
    x = lu_solve(a, rhs)
    ax = [sum(p * q for p, q in zip(row, x)) for row in a]
    resid = max(abs(p - q) for p, q in zip(ax, rhs))
    im = [[(i * 3 + j * 5) % 11 for j in range(12)] for i in range(12)]
    ip = int_matpow(im, 10 ** 6 + 3, 1000000007)
    lines = [
        'trace=%.6f frobenius=%.6f max|zip-ikj|<1e-9: %s' % (trace, fro, diff < 1e-9),
        'solve: residual<1e-8: %s x[0]=%.8f x[-1]=%.8f' % (resid < 1e-8, x[0], x[-1]),
        'intpow: row0=%s' % ip[0][:4],
        'intpow trace: %d' % (sum(ip[i][i] for i in range(12)) % 1000000007),
    ]
    return '\n'.join(lines)


if __name__ == '__main__':
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))
