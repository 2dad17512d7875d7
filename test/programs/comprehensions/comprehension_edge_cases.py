# covers: lang.expr.listcomp, lang.expr.dictcomp, lang.expr.setcomp, lang.expr.comp_nested
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
print([[c for c in w] for w in ("ab", "") ])
print({k: [v for v in range(k)] for k in range(3)})
print(sorted({c.lower() for c in "AaBbCc"}), {n % 3 for n in range(9)})
rows = [[1, 2], [3], []]
print([x for row in rows for x in row], sum(len(r) for r in rows))
print([y for x in [[1, 2], [3, 4]] for y in x if y % 2 == 0])
i = "outer"
print([i for i in "xyz"], i)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[c] for row in matrix] for c in range(len(matrix[0]))])
print({x: x * x for x in range(4)} == dict(zip(range(4), [0, 1, 4, 9])))
print([f(2) for f in [lambda x, k=k: x * k for k in range(3)]])
print(list(map(lambda t: t[0] + t[1], [(a, b) for a in "ab" for b in "12"])))
