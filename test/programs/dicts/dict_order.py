# covers: type.dict.order
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d, list(d))
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 9
print(list(d))
sq = {n: n * n for n in [5, 3, 9, 1]}
print(sq)
print(dict.fromkeys("cab"), dict.fromkeys(["x", "y"], 0), dict(zip("abc", range(3))))
print({**{"a": 1, "b": 2}, "a": 3, **{"c": 4}})
