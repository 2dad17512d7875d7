# covers: program.matrix, dunder.arith, dunder.reflected, dunder.compare, dunder.hash, lang.class.classmethod, lang.class.slots
# Exact fractions and polynomials with operator overloading, division and evaluation.
from functools import total_ordering
from itertools import zip_longest
import math

def gcd_all(nums):
    g = 0
    for n in nums:
        g = math.gcd(g, n)
    return g

@total_ordering
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac denominator is zero")
        if d < 0:
            n, d = -n, -d
        g = math.gcd(n, d)
        self.n, self.d = n // g, d // g
    @classmethod
    def of(cls, x):
        return x if isinstance(x, Frac) else cls(x)
    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        return self + (-Frac.of(o))
    def __rsub__(self, o):
        return Frac.of(o) - self
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Frac.of(o) / self
    def __pow__(self, k):
        return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)
    def __eq__(self, o):
        o = Frac.of(o)
        return self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = Frac.of(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return int(self.n / self.d)
    def __bool__(self):
        return self.n != 0
    def __abs__(self):
        return Frac(abs(self.n), self.d)
    def __repr__(self):
        return f"Frac({self.n}, {self.d})"
    def __str__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"
    def __format__(self, spec):
        return format(str(self), spec)

class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while coeffs and not coeffs[-1]:
            coeffs.pop()
        self.c = coeffs
    @property
    def degree(self):
        return len(self.c) - 1
    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc
    def __add__(self, o):
        return Poly(a + b for a, b in zip_longest(self.c, o.c, fillvalue=0))
    def __mul__(self, o):
        if not isinstance(o, Poly):
            return Poly(a * o for a in self.c)
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__
    def derivative(self):
        return Poly(i * a for i, a in enumerate(self.c) if i)
    def __divmod__(self, o):
        num = list(self.c)
        q = [0] * max(len(num) - len(o.c) + 1, 1)
        while len(num) >= len(o.c) and any(num):
            k = len(num) - len(o.c)
            f = Frac.of(num[-1]) / o.c[-1]
            q[k] = f
            for i, b in enumerate(o.c):
                num[i + k] = num[i + k] - f * b
            num.pop()
        return Poly(q), Poly(num)
    def __eq__(self, o):
        return self.c == o.c
    def __repr__(self):
        if not self.c:
            return "0"
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if not a:
                continue
            mono = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            coef = str(a) if (a != 1 or i == 0) else ""
            terms.append(f"{coef}{mono}")
        return " + ".join(terms).replace("+ -", "- ")

p = Poly([1, -3, 0, 2])
q = Poly([-1, 1])
print(p, "|", q, "|", p + q, "|", p * q, "|", p.derivative(), "|", p.degree)
print([p(x) for x in range(-3, 4)], p(Frac(1, 2)), p(0.5))
quot, rem = divmod(p, q)
print("quot", quot, "rem", rem, quot * q + rem == p)
h = [Frac(1, i) for i in range(1, 21)]
s = sum(h)
print(s, float(s), f"{s:>30}", repr(Frac(6, -4)), Frac(3, 4) < Frac(4, 5), max(h), sorted(h)[:3])
print(Frac(1, 3) + 1, 1 - Frac(1, 3), 2 / Frac(4, 3), Frac(2, 3) ** -2, abs(Frac(-5, 10)), int(Frac(-7, 2)), bool(Frac(0)))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}), Frac(1, 2) == 0.5 if False else Frac(1, 2) == Frac(2, 4))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
acc = Frac(0)
for k in range(1, 300):
    acc = acc + Frac((-1) ** (k + 1), k)
print(str(acc)[:50], len(str(acc.d)), round(float(acc), 12), gcd_all([acc.n, acc.d]))
bern = Poly([Frac(0), Frac(1, 6), Frac(-1, 2), Frac(1, 3)])
print(bern, sum(bern(k) for k in range(1, 11)) if False else [str(bern(k)) for k in range(4)])
print(Poly([0, 0, 0]), Poly([5]) * 3, 2 * Poly([1, 1]), Poly([1, 2, 1]) == Poly([1, 1]) * Poly([1, 1]))
