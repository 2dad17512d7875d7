# covers: lang.class.inheritance, type.list, type.tuple, lang.stmt.assign_star, lang.expr.star_call
# Subclasses of list, tuple and dict that override __iter__ or __len__: unpacking, list(),
# join, extend, *args, dict(pairs), len() and truth all go through the override, as in CPython.
class T(tuple):
    def __iter__(self):
        yield 'x'
        yield 'y'
class L(list):
    def __iter__(self):
        return iter([7, 8])
a, b = T((1, 2))
print(a, b)
c, d = L([1, 2])
print(c, d)
e, *f = T((1, 2, 3))
print(e, f)
print(list(T((1, 2))), len(L([1, 2, 3])))
class N(list):
    def __len__(self):
        return 42
print(len(N([1])), sorted(T((5, 4))), sum(L([1, 2])))
print(max(T((1, 9))), min(L([5, 6])), tuple(L([0])), ' '.join(T(('a', 'b'))))
class D(dict):
    def __len__(self):
        return 0
d = D(a=1)
print(len(d), bool(d), bool(N([])), bool(T(())))
def f(*a):
    return a
print(f(*T((1, 2))), dict([T((1, 2))]))
x = [0]
x.extend(T((5, 6)))
print(x)
