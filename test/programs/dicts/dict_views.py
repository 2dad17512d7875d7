# covers: type.dict.views
d = {"x": 1, "y": 2, "z": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(list(k), list(v), list(i), len(k), "x" in k, 2 in v, ("y", 2) in i, ("y", 3) in i)
d["w"] = 4
del d["x"]
print(list(k), list(v), list(i))
print(sorted(k & {"y", "q"}), sorted(k | {"q"}), sorted(k - {"y"}), sorted(i)[:2])
print(type(k).__name__, type(v).__name__, type(i).__name__)
for key, val in d.items():
    print(key, val, end="; ")
print()
print(list(reversed(d)), list(reversed(d.values())))
