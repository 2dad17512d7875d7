# covers: lang.expr.floordiv_mod
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 3), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.3), (-1e-20, 1.0)]
for a, b in fpairs:
    print(a, b, a // b, a % b)
print(5 % -0.0 if False else 0.0 % 5, -0.0 // 1, 3 % float("inf"), -3 % float("inf"))
print(10**20 // 3, -(10**20) // 3, -(10**20) % 7)
