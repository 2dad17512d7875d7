# covers: program.matrix
"""A small matrix library with operator overloading, exact integer determinants and inverses."""

class MatrixError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    @property
    def shape(self):
        return (self.n, self.m)

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        cells = [[f"{v:g}" if isinstance(v, float) else str(v) for v in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(width) for c in r) + "]" for r in cells)

    def _check_same(self, other):
        if self.shape != other.shape:
            raise MatrixError(f"shape mismatch {self.shape} vs {other.shape}")

    def __add__(self, other):
        self._check_same(other)
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        self._check_same(other)
        return Matrix([[a - b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[v * k for v in r] for r in self.rows])

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, other):
        if self.m != other.n:
            raise MatrixError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        if self.n != self.m or k < 0:
            raise MatrixError("power needs a square matrix and k >= 0")
        result, base = Matrix.identity(self.n), self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        if self.n != self.m:
            raise MatrixError("determinant of non-square matrix")
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j in range(self.m):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total

    def inverse(self):
        n = self.n
        aug = [list(map(float, r)) + [float(i == k) for k in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
            if abs(aug[pivot][col]) < 1e-12:
                raise MatrixError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [v / p for v in aug[col]]
            for r in range(n):
                if r != col:
                    f = aug[r][col]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
        return Matrix([[round(v, 10) + 0.0 for v in r[n:]] for r in aug])


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A - B, sep="\n")
print(repr(A @ B), repr(B @ A), repr(2 * A), repr(-A))
print(A.transpose() == Matrix([[1, 3], [2, 4]]), A.shape, A[1, 0])
F = Matrix([[1, 1], [1, 0]])
print((F ** 30)[0, 1], repr(F ** 0))
M = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print(M.det(), Matrix([[6, 1, 1, 3], [4, -2, 5, 1], [2, 8, 7, 6], [3, 1, 9, 7]]).det())
inv = M.inverse()
print(inv)
print(M @ inv)
C = Matrix.zeros(2, 3)
C[0, 2] = 7
print(repr(C), repr(C.transpose()))
errors = [lambda: A + C, lambda: A @ C.transpose().transpose().transpose() @ A, lambda: Matrix([[1, 2], [2, 4]]).inverse(),
          lambda: Matrix([[1], [2, 3]]), lambda: C.det(), lambda: A * A]
for e in errors:
    try:
        e()
    except (MatrixError, TypeError) as ex:
        print(type(ex).__name__, ex)
