# covers: lang.expr.compare, type.list.sort
vals = [10**30, -(10**30), 5, 2**64, -1, 2**64 - 1, 0, 1e30, 10**30 + 1, float(2**64)]
print(sorted(vals))
print(max(vals), min(vals))
print(10**30 == 1e30, 10**30 + 1 > 1e30, 2**64 == float(2**64), 2**64 - 1 < float(2**64))
print(sorted([3**40, 2**63, 7**22], reverse=True))
