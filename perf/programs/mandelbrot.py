# Float loops: escape-time iteration of z = z^2 + c over an n x n grid covering the
# Mandelbrot set, with plain float variables (no complex numbers). Prints the number of
# points inside, the total iteration count and a coarse ASCII picture.
import sys

DEFAULT_N = 400
MAX_ITER = 100


def escape_time(cr, ci):
    zr = zi = 0.0
    for i in range(MAX_ITER):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return MAX_ITER


def main(n):
    inside = 0
    total = 0
    rows = []
    step = max(1, n // 24)
    for y in range(n):
        ci = -1.25 + 2.5 * y / n
        row = []
        for x in range(n):
            iterations = escape_time(-2.0 + 2.5 * x / n, ci)
            total += iterations
            if iterations == MAX_ITER:
                inside += 1
            row.append(iterations)
        if y % step == 0:
            rows.append("".join("#" if row[x] == MAX_ITER else "+" if row[x] > 10 else "."
                                for x in range(0, n, step)))
    return f"inside: {inside}, iterations: {total}\n" + "\n".join(rows)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))
