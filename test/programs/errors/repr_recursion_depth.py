# covers: lang.func.recursion_error, dunder.repr, type.list, type.dict
# repr() and str() of very deeply nested containers count against the recursion limit (as
# PyObject_Repr does) and raise RecursionError with CPython's wording, never a host crash.
import sys

sys.setrecursionlimit(300)
lst = []
cur = lst
for i in range(20000):
    nxt = []
    cur.append(nxt)
    cur = nxt
d = {}
cur = d
for i in range(5000):
    cur["k"] = {}
    cur = cur["k"]
t = ()
for i in range(5000):
    t = (t, i)
for name, obj in (("list", lst), ("dict", d), ("tuple", t)):
    for f in (repr, str):
        try:
            f(obj)
        except RecursionError as e:
            print(name, f.__name__, "RecursionError:", e)
try:
    print(f"{lst}")
except RecursionError as e:
    print("f-string RecursionError:", e)
shallow = [1, [2, (3, {"four": [4]})]]
print(shallow, str(shallow), repr(shallow))
