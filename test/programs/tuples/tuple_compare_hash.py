# covers: type.tuple, builtin.func.hash, lang.expr.compare
pairs = [((1, 2), (1, 3)), ((1, 2), (1, 2, 0)), ((), (0,)), ((2,), (1, 9, 9)), (("a", 1), ("a", 1.0))]
for a, b in pairs:
    print(a, b, a < b, a == b, a > b, max(a, b))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash((1, (2, 3))) == hash((1, (2, 3))))
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid[(1, 2)], grid[1, 0], (0, 0) in grid, sorted(grid)[-1])
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print((1, [2]) == (1, [2]), (0.1 + 0.2, 1) == (0.3, 1), (float("nan"),) == (float("nan"),))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), min([(3, 1), (2, 9)]))
