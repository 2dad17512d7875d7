# covers: type.dict.pop
d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(d.pop("a"), d.pop("zz", "default"), d.pop("zz", None), d)
print(d.popitem(), d.popitem(), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.clear()
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
