# covers: builtin.func.min, builtin.func.max, builtin.func.sum, builtin.func.abs, builtin.func.any, builtin.func.all
# min/max/sum/any/all/abs and the conversions str/int/float/bool/list/tuple with each argument
# count they accept (compiled calls take their fixed entries), their errors, comparison order
# with __lt__/__gt__, and int() of float and int subclasses defining __int__.
print(min(3, 1), max(3, 1), min([4, 2, 8]), max('abc'), min((1, 'a'), (1, 'b')), max([1, 2], key=lambda v: -v), min([], default=7))
print(sum([1, 2]), sum([1.5], 1), sum([[1], [2]], []), any([0, 1]), all([]), any(x > 2 for x in range(5)), abs(-3), abs(-2.5))
for f in [lambda: min(), lambda: min([]), lambda: max(1, 2, default=0), lambda: abs(), lambda: abs('x'), lambda: sum(), lambda: any(), lambda: all(1, 2), lambda: sum(['a'], '')]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
    def __gt__(self, o):
        print('gt', self.v, o.v)
        return self.v > o.v
print(min(K(2), K(1)).v, max(K(2), K(1)).v, min([K(3), K(1), K(2)]).v)
print(str(), str(5), str(1.5), int(), int('12'), int(3.9), int(True), float(), float('1.5'), float(2), bool(), bool([]), bool(3))
print(list(), list('ab'), list(range(3)), tuple(), tuple([1]), tuple('xy'))
t = (1, 2)
print(tuple(t) is t, float(1.5), int(-2.5))
class F(float):
    def __int__(self):
        return 42
print(int(F(1.5)))
for f in [lambda: int('x'), lambda: float('y'), lambda: int([]), lambda: str(1, 2, 3, 4), lambda: list(1), lambda: int(None)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class I(int):
    def __int__(self):
        return 42
class J(int):
    pass
print(int(I(5)), int(J(7)), type(int(J(7))).__name__, int(True), I(5) + 1)
