# covers: lang.class.inheritance, type.float
# A float subclass's operator, comparison, unary, truth and hash overrides win over the
# float fast paths (a reflected one first when the subclass is on the right), and a
# subclass that keeps float's __hash__ and __eq__ shares dict slots with plain floats.
class F(float):
    def __radd__(self, o):
        return 'radd'
class I(int):
    def __radd__(self, o):
        return 'iradd'
print(1.0 + F(2.0), 1 + F(2.0), 1 + I(2), 1.5 + I(2))
class F(float):
    def __add__(self, o):
        return 'add'
    def __mul__(self, o):
        return 'mul'
class G(float):
    pass
print(F(1.0) + 1.0, F(1.0) * 2, G(1.5) + 1, type(G(1.5) + 1).__name__)
print(G(1.5) * G(2.0), 2 ** G(0.5), pow(G(2.0), 2), G(7.0) // 2, G(7.0) % 2, 3 - G(0.5), G(1.0) / 4)
class H(float):
    def __pow__(self, o):
        return 'pow'
    def __rsub__(self, o):
        return 'rsub'
print(pow(H(2.0), 2), H(2.0) ** 3, 1 - H(2.0), 1.0 - H(2.0), H(2.0) - 1)
x = G(1.0)
x += 1
print(x, type(x).__name__)
class F(float):
    def __lt__(self, o):
        return 'lt'
    def __gt__(self, o):
        return 'gt'
    def __eq__(self, o):
        return 'eq'
    __hash__ = float.__hash__
    def __neg__(self):
        return 'neg'
    def __bool__(self):
        return False
print(F(1.0) < 2.0, 2.0 < F(1.0), 1 < F(0.5), F(1.0) == 1.0, 1.0 == F(1.0), -F(1.0), bool(F(1.0)), not F(2.0))
print(sorted([F(1.0), 2.0, 0.5])[0] is not None, abs(F(-2.0)), F(3.5).__round__(), round(F(2.5)))
class G(float):
    pass
class E(float):
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 7
d = {1.0: 'a', G(2.0): 'b'}
print(d[G(1.0)], d[2.0], d[2], G(1.0) in d, {G(3.0), 3.0, 3}, hash(G(1.5)) == hash(1.5))
e = {E(1.0): 'x'}
print(e.get(5, 'miss'), e.get(E(9.0)), E(2.0) in {1: 0}, len({E(1.0), E(2.0)}))
n = G('nan')
print({n: 1}[n], n in {G('nan')})
print({2.0**60: 'big'}[2**60], {G(2.0**60): 'big'}[2**60])
