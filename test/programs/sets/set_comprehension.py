# covers: lang.expr.setcomp
print(sorted({x * x for x in range(-3, 4)}), {x % 4 for x in range(-3, 4)})
print(sorted({w.lower() for w in "The the THE cat Cat".split()}))
print(sorted({x for x in range(10) if x % 3 == 0}), {(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
seen = set()
uniq = [x for x in [3, 1, 3, 2, 1] if not (x in seen or seen.add(x))]
print(uniq)
