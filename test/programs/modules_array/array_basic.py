# covers: module.array.array
from array import array
a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, len(a), a[0], a[-1], a[1:3], a.typecode, a.itemsize)
a[0] = 10
a.insert(1, 99)
print(a, a.pop(), a.pop(0), a.index(99), a.count(2))
a.remove(99)
a.reverse()
print(a, a.tolist(), list(a), sum(a), 3 in a)
d = array("d", [1.5, 2.5])
print(d, d * 2, d + array("d", [0.25]), array("b"), array("u", "hi") if False else "skip-u")
print(array("i", range(5)) == array("i", [0, 1, 2, 3, 4]), array("i", [1]) < array("i", [2]))
for v in array("h", [7, 8]):
    print(v, type(v).__name__)
