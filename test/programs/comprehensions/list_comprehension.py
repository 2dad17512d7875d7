# covers: lang.expr.listcomp, lang.expr.comp_if
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "abc"], [len(w) for w in "a bb ccc".split()])
print([[i * j for j in range(3)] for i in range(3)])
print([x if x > 0 else 0 for x in [-1, 2, -3, 4]])
m = [[1, 2], [3, 4], [5, 6]]
print([v for row in m for v in row], [list(col) for col in zip(*m)])
