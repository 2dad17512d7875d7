# covers: type.dict, builtin.func.hash
d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "bool"
d[(1, 2)] = "tuple"
d[None] = "none"
d[frozenset([1])] = "fs"
print(d)
print(d[1], d[(1, 2)], d[frozenset({1})])
for bad in ([1], {"a": 1}, {1}):
    try:
        d[bad] = 0
    except TypeError as e:
        print("TypeError:", e)
try:
    d[(1, [2])] = 0
except TypeError as e:
    print("TypeError:", e)
