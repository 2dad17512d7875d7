# covers: lang.stmt.assign_tuple, lang.stmt.assign_attr, lang.stmt.assign_subscript, lang.stmt.assign_slice
class O:
    pass
o = O()
arr = [0, 0, 0, 0]
o.a, arr[0], arr[1:3], *rest = 1, 2, "xy", 4, 5
print(o.a, arr, rest)
[first, second], third = "ab", 3
print(first, second, third)
m = {}
m["k"], (o.b, o.c) = "v", [7, 8]
print(m, o.b, o.c)
for o.loopvar in range(3):
    pass
print(o.loopvar)
for arr[0] in "xyz":
    pass
print(arr)
