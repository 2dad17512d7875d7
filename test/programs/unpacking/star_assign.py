# covers: lang.stmt.assign_star
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
x, *y = [1]
print(x, y)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for h, *t in [(1, 2, 3), (4,)]:
    print(h, t)
*everything, = (7, 8)
print(everything)
