# covers: module.array.array
from array import array
a = array("H", [1, 258])
b = a.tobytes()
print(b, len(b))
c = array("H")
c.frombytes(b)
print(c, c == a)
d = array("i")
d.fromlist([3, 1, 2])
print(d, sorted(d), max(d))
e = array("d", [3.0]) * 3
e[1:2] = array("d", [9.0, 8.0])
print(e, e[::-1], len(e))
