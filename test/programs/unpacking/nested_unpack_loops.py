# covers: lang.stmt.assign_tuple, lang.stmt.for
data = [("ann", (90, 85)), ("bob", (70, 95))]
for name, (m1, m2) in data:
    print(name, m1 + m2)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
points = [[1, 2], [3, 4]]
xs, ys = zip(*points)
print(xs, ys)
[[a, b], [c, d]] = points
print(a, b, c, d)
