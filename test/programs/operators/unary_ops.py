# covers: lang.expr.unary
x = 5
print(-x, +x, ~x, not x, - -x, -+-x)
print(-0, -0.0, +(-0.0), -(2**64), ~(2**64))
print(-True, +False, ~False)
print(abs(-3), -abs(-3), -3 ** 2, (-3) ** 2)
class N:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
n = N()
print(-n, +n, ~n)
