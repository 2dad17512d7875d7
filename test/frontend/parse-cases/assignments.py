# Assignment statements: chained, unpacking, augmented, annotated, targets.
x = 1
x = y = z = 0
a, b = b, a
(a, b) = [c, d] = e
[a, *rest] = seq
*init, last = seq
a, = t
obj.attr = 1
obj[key] = 2
obj[1:2] = [3]
a.b.c = d[e][f] = g
x += 1
x -= 1
x *= 2
x /= 2
x //= 2
x %= 3
x **= 2
x @= m
x &= 1
x |= 1
x ^= 1
x <<= 1
x >>= 1
obj.count += 1
lst[0] -= 1
v: int
w: int = 5
(p): str = 'x'
obj.field: float = 1.0
d['k']: list = []
t: tuple = 1, 2
y = yield_ = 3
match = 1
case = match + 1
_ = case
