# covers: lang.func.recursion_error, lang.expr.compare, type.list
# Comparing very deeply nested containers counts against the recursion limit (as
# PyObject_RichCompare does): RecursionError 'maximum recursion depth exceeded in comparison'.
import sys

sys.setrecursionlimit(300)
a = []
b = []
ca, cb = a, b
for i in range(30000):
    ca.append([])
    cb.append([])
    ca, cb = ca[0], cb[0]
for name, op in (("==", lambda x, y: x == y), ("<", lambda x, y: x < y), ("in", lambda x, y: x in [y])):
    try:
        print(name, op(a, b))
    except RecursionError as e:
        print(name, "RecursionError:", e)
print(a in [a], [[1, [2]]] == [[1, [2]]], [[1, [2]]] < [[1, [3]]])
