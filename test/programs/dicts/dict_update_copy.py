# covers: type.dict.update, type.dict.copy
d = {"a": 1, "b": 2}
d.update({"b": 20, "c": 30})
print(d)
d.update([("d", 4), ("a", 100)])
print(d)
d.update(e=5, a=0)
print(d)
c = d.copy()
c["new"] = 1
print(len(d), len(c), c is d)
nested = {"list": [1]}
shallow = nested.copy()
shallow["list"].append(2)
print(nested)
m = {"x": 1} | {"y": 2, "x": 3}
print(m)
m |= {"z": 0}
print(m)
try:
    d.update([1, 2])
except TypeError as e:
    print("TypeError:", e)
