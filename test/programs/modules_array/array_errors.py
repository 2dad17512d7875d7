# covers: module.array.array, exc.OverflowError
from array import array
cases = [
    lambda: array("b", [128]),
    lambda: array("B", [-1]),
    lambda: array("h", [40000]),
    lambda: array("i", [1.5]),
    lambda: array("i", ["x"]),
    lambda: array("z", []),
    lambda: array("i", [1]).index(5),
    lambda: array("i")[0],
    lambda: array("i", [1]) + array("d", [1.0]),
    lambda: array("I", [-5]),
]
for c in cases:
    try:
        c()
    except (OverflowError, TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
a = array("b", [1])
try:
    a.append(300)
except OverflowError as e:
    print("OverflowError:", e, a)
