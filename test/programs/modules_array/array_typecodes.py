# covers: module.array.array
from array import array
for code in "bBhHiIlLqQfd":
    arr = array(code, [1, 2])
    print(code, arr.itemsize, arr, type(arr[0]).__name__)
print(array("f", [0.1])[0], array("d", [0.1])[0], array("f", [1 / 3]).tolist())
print(array("B", [255]).tolist(), array("b", [-128]).tolist(), array("q", [2**63 - 1]).tolist())
