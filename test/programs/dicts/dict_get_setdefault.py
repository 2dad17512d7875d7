# covers: type.dict.get, type.dict.setdefault
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0), d.get("a", 99), d)
print(d.setdefault("a", 5), d.setdefault("b", []), d.setdefault("c"), d)
d.setdefault("b", []).append(1)
d.setdefault("b", []).append(2)
print(d)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
