# Chaos game: a point jumps towards randomly chosen vertices of polygons (a Point class
# with normalize/scale/lerp, a small LCG), and the visited cells are counted in a grid.
# Prints grid checksums, the densest cells and the final point with repr and '%.6f'.
import math
import sys

DEFAULT_N = 150000


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def below(self, n):
        return self.next() % n

    def unit(self):
        return self.next() / 2147483648.0


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Point(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Point(self.x * k, self.y * k)

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def normalize(self):
        n = self.length()
        if n == 0.0:
            return Point(0.0, 0.0)
        return Point(self.x / n, self.y / n)

    def lerp(self, other, t):
        return self + (other - self) * t

    def __repr__(self):
        return f"Point({self.x:.6f}, {self.y:.6f})"


def polygon(k, radius):
    pts = []
    for i in range(k):
        a = 2.0 * math.pi * i / k + math.pi / 2
        pts.append(Point(radius * math.cos(a), radius * math.sin(a)))
    return pts


def play(vertices, steps, rng, ratio, size):
    grid = [[0] * size for _ in range(size)]
    p = Point(0.1, 0.2)
    last = -1
    drift = Point(0.0, 0.0)
    for step in range(steps):
        j = rng.below(len(vertices))
        if j == last and len(vertices) > 3:
            j = (j + 1) % len(vertices)
        last = j
        p = p.lerp(vertices[j], ratio)
        d = (vertices[j] - p).normalize()
        drift = drift + d * 0.001
        gx = int((p.x + 1.0) * 0.5 * (size - 1))
        gy = int((p.y + 1.0) * 0.5 * (size - 1))
        if 0 <= gx < size and 0 <= gy < size:
            grid[gy][gx] += 1
    return grid, p, drift


def summarize(name, grid, p, drift):
    total = 0
    filled = 0
    weighted = 0
    best = []
    for y, row in enumerate(grid):
        for x, c in enumerate(row):
            if c:
                filled += 1
                total += c
                weighted = (weighted * 31 + c * (x + 1) + y) % 1000000007
                best.append((c, y, x))
    best.sort(reverse=True)
    top = ", ".join("%d@(%d,%d)" % (c, y, x) for c, y, x in best[:3])
    return "%s: total=%d filled=%d hash=%d top=[%s] end=%r drift=%.6f" % (
        name, total, filled, weighted, top, p, drift.length())


def main(n):
    rng = Lcg(42)
    out = []
    for k, ratio in ((3, 0.5), (5, 0.618), (6, 0.667)):
        grid, p, drift = play(polygon(k, 1.0), n, rng, ratio, 64)
        out.append(summarize("poly%d" % k, grid, p, drift))
    return "\n".join(out)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))
